import { ENTITY_LABEL, type NodeType, type RelationshipType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { relationshipTypePattern } from './relationship-pattern.js';
import { cypherGraphEdge, cypherGraphNode, PROJECTION_PARAMS, toNetworkEdge, toNetworkNode, type NetworkEdge, type NetworkNode, type NetworkSubgraph } from './subgraph.js';

export interface NeighbourhoodRequest {
  id: string;
  depth: number;
  /** Follow only these relationships; null: all. */
  relationshipTypes: RelationshipType[] | null;
  /** Reach only nodes of these types (the start node is always in); null: all. */
  nodeTypes: NodeType[] | null;
  /** Neighbours expanded per node (the hub cap). */
  limit: number;
  /** Nodes in the whole answer; once reached, expansion stops and the answer is truncated. */
  maxNodes: number;
  /** Relationships in the whole answer; beyond it the answer is truncated. */
  maxEdges: number;
}

type Row = Record<string, unknown>;

/** One frontier node's expansion: the node itself, and its new neighbours with the relationship reaching each. */
interface Expansion {
  self: Row;
  neighbours: { node: Row; edge: Row }[];
}

/**
 * The neighbourhood of one node, breadth first, `depth` hops out in either direction. Each node
 * expands to at most `limit` nodes not reached before, its best-connected neighbours first
 * (ties by id), so a hub still shows its main links; a node that had more is listed in
 * `cappedNodes`. Edges: the relationship each node was reached by (so the drawing is connected),
 * then the other followed-type relationships between the nodes returned, by id, up to maxEdges.
 * Returns null when the start node does not exist. depth + 1 round trips at most.
 */
export async function findNeighbourhood(executor: Executor, req: NeighbourhoodRequest): Promise<NetworkSubgraph | null> {
  const nodes = new Map<string, NetworkNode>();
  const treeEdges = new Map<string, NetworkEdge>();
  const cappedNodes: string[] = [];
  let truncated = false;
  let frontier = [req.id];
  for (let level = 0; level < req.depth && frontier.length > 0 && !truncated; level++) {
    const expansions = await expand(executor, req, frontier, [req.id, ...nodes.keys()]);
    // The first level also reads the start node: no row back means it does not exist.
    if (level === 0) {
      const start = expansions.get(req.id);
      if (!start) return null;
      nodes.set(req.id, toNetworkNode(start.self));
    }
    const next: string[] = [];
    // In frontier order, not the rows' (UNWIND keeps none): truncation is deterministic.
    for (const fid of frontier) {
      const neighbours = expansions.get(fid)?.neighbours ?? [];
      if (neighbours.length > req.limit) cappedNodes.push(fid);
      for (const neighbour of neighbours.slice(0, req.limit)) {
        const node = toNetworkNode(neighbour.node);
        if (nodes.has(node.id)) continue;
        if (nodes.size >= req.maxNodes) {
          truncated = true;
          break;
        }
        nodes.set(node.id, node);
        const edge = toNetworkEdge(neighbour.edge);
        treeEdges.set(edge.id, edge);
        next.push(node.id);
      }
    }
    frontier = next;
  }
  const room = Math.max(req.maxEdges - treeEdges.size, 0);
  const others = await findOtherEdges(executor, req, [...nodes.keys()], [...treeEdges.keys()], room);
  return {
    nodes: [...nodes.values()],
    edges: [...treeEdges.values(), ...others.items].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    truncated: truncated || cappedNodes.length > 0 || others.more,
    cappedNodes,
  };
}

/** Expands every frontier node in one round trip: up to limit + 1 neighbours not in `reached`, by frontier id. */
async function expand(executor: Executor, req: NeighbourhoodRequest, frontier: string[], reached: string[]): Promise<Map<string, Expansion>> {
  const types = relationshipTypePattern(req.relationshipTypes);
  const rows = await executor.read(
    `UNWIND $frontier AS fid
     MATCH (f:${ENTITY_LABEL} {id: fid})
     CALL (f) {
       MATCH (f)-[${types}]-(m:${ENTITY_LABEL})
       WHERE NOT m.id IN $reached AND ($wanted IS NULL OR any(l IN labels(m) WHERE l IN $wanted))
       WITH DISTINCT m ORDER BY COUNT { (m)--() } DESC, m.id
       LIMIT $limit
       // The way in is chosen only for the neighbours kept: sorting a hub's every relationship costs seconds.
       CALL (f, m) { MATCH (f)-[r${types}]-(m) RETURN r ORDER BY elementId(r) LIMIT 1 }
       RETURN collect({ node: ${cypherGraphNode('m')}, edge: ${cypherGraphEdge('r')} }) AS neighbours
     }
     RETURN fid, ${cypherGraphNode('f')} AS self, neighbours`,
    { frontier, reached, wanted: req.nodeTypes, limit: int(req.limit + 1), ...PROJECTION_PARAMS },
  );
  return new Map(rows.map((r) => [r.fid as string, { self: r.self as Row, neighbours: r.neighbours as Expansion['neighbours'] }]));
}

/** The followed-type relationships between `ids` other than `known`, by id, `max` at most, and whether there were more. */
async function findOtherEdges(executor: Executor, req: NeighbourhoodRequest, ids: string[], known: string[], max: number) {
  // The far end is tested by node identity against the nodes found once, not by reading the id
  // of every node each relationship reaches: about a third less database work on a hub.
  const rows = await executor.read(
    `MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $ids
     WITH collect(n) AS nodes
     UNWIND nodes AS a
     MATCH (a)-[r${relationshipTypePattern(req.relationshipTypes)}]->(b)
     WHERE b IN nodes AND NOT elementId(r) IN $known
     WITH r ORDER BY elementId(r) LIMIT $limit
     RETURN ${cypherGraphEdge('r')} AS edge`,
    { ids, known, limit: int(max + 1) },
  );
  return { items: rows.slice(0, max).map((r) => toNetworkEdge(r.edge as Row)), more: rows.length > max };
}
