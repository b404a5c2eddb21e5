import { createHash } from 'node:crypto';
import type { Executor } from '../../src/neo4j/executor.js';

export interface GraphState {
  nodes: number;
  relationships: number;
  /** sha256 over every node's labels and properties and every relationship, timestamps left out. */
  checksum: string;
}

/**
 * A fingerprint of the whole graph, to assert that a refused write changed nothing. With
 * `excludeIdPrefix`, nodes whose id starts with it (a test's own scratch nodes) and their
 * relationships are left out: the rest of the graph must not change.
 */
export async function graphState(db: Executor, options: { excludeIdPrefix?: string } = {}): Promise<GraphState> {
  const exclude = options.excludeIdPrefix ?? null;
  const nodes = await db.read(
    `MATCH (n:Entity) WHERE $exclude IS NULL OR NOT n.id STARTS WITH $exclude RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
    { exclude },
  );
  const rels = await db.read(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE $exclude IS NULL OR NOT (a.id STARTS WITH $exclude OR b.id STARTS WITH $exclude)
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to`,
    { exclude },
  );
  const hash = createHash('sha256');
  for (const n of nodes) {
    const { createdAt: _c, updatedAt: _u, ...props } = n.props as Record<string, unknown>;
    hash.update(JSON.stringify([n.id, [...(n.labels as string[])].sort(), sortKeys(props)]));
  }
  for (const r of rels) hash.update(JSON.stringify([r.from, r.type, r.to, sortKeys(r.props as Record<string, unknown>)]));
  return { nodes: nodes.length, relationships: rels.length, checksum: hash.digest('hex') };
}

function sortKeys(obj: Record<string, unknown>): [string, unknown][] {
  return Object.keys(obj).sort().map((k) => [k, obj[k]]);
}
