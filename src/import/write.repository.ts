import { ENTITY_LABEL, NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../model/index.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import type { StoredNode } from './graph-state.repository.js';
import type { ImportPlan, NodeChange, RelationshipChange } from './plan.js';
import { chunks } from '../util/collections.js';

/** Rows per UNWIND statement: bounded statements in one transaction. */
const BATCH = 2_000;

/** What --remove restores: the nodes and relationships a dataset changed, as they were before it. */
export interface RestoreImage {
  nodes: StoredNode[];
  relationships: { type: RelationshipType; from: string; to: string; props: Record<string, unknown> }[];
}

const batches = <T>(items: T[]) => chunks(items, BATCH);

function byType<T extends { type: string }>(items: T[], order: readonly string[]): [string, T[]][] {
  return order.map((t) => [t, items.filter((i) => i.type === t)] as [string, T[]]).filter(([, list]) => list.length > 0);
}

/** Creates and updates the plan's nodes, type by type (labels from the model's list only). */
async function writeNodes(tx: WriteTransaction, changes: NodeChange[]): Promise<void> {
  for (const [type, list] of byType(changes, NODE_TYPES)) {
    if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`not a node type: ${type}`);
    const label = type as NodeType;
    for (const rows of batches(list.filter((c) => c.kind === 'created').map((c) => c.props))) {
      await tx.run(`UNWIND $rows AS row CREATE (n:${ENTITY_LABEL}:${label}) SET n = row, n.createdAt = datetime(), n.updatedAt = n.createdAt`, { rows });
    }
    for (const rows of batches(list.filter((c) => c.kind === 'updated').map((c) => ({ id: c.id, props: c.props })))) {
      await tx.run(
        `UNWIND $rows AS row MATCH (n:${ENTITY_LABEL} {id: row.id}) WITH n, row, n.createdAt AS createdAt
         SET n = row.props SET n.createdAt = createdAt, n.updatedAt = datetime()`,
        { rows },
      );
    }
  }
}

/** Creates and updates the plan's relationships, type by type (types from the model's whitelist). */
async function writeRelationships(tx: WriteTransaction, changes: RelationshipChange[]): Promise<void> {
  for (const [type, list] of byType(changes, RELATIONSHIP_TYPES)) {
    const rows = list.filter((c) => c.kind !== 'unchanged').map((c) => ({ from: c.from, to: c.to, props: c.props, create: c.kind === 'created' }));
    for (const batch of batches(rows)) {
      await tx.run(
        `UNWIND $rows AS row MATCH (a:${ENTITY_LABEL} {id: row.from}) MATCH (b:${ENTITY_LABEL} {id: row.to})
         MERGE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: batch },
      );
    }
  }
}

/** The before-images of this plan, added to the dataset's earlier ones (the first image of a record wins). */
export function mergeRestore(earlier: RestoreImage | null, plan: ImportPlan): RestoreImage {
  const image: RestoreImage = earlier ?? { nodes: [], relationships: [] };
  const nodeIds = new Set(image.nodes.map((n) => n.id));
  for (const c of plan.nodes) if (c.before && !nodeIds.has(c.id)) image.nodes.push(c.before);
  const relKeys = new Set(image.relationships.map((r) => `${r.type} ${r.from} ${r.to}`));
  for (const c of plan.relationships) {
    if (c.before && !relKeys.has(`${c.type} ${c.from} ${c.to}`)) image.relationships.push({ type: c.type, from: c.from, to: c.to, props: c.before });
  }
  return image;
}

/**
 * Writes a plan inside the caller's transaction (one per dataset: a crash or Ctrl-C before the
 * commit leaves nothing, as Neo4j rolls an open transaction back when its connection goes).
 */
export async function writePlan(tx: WriteTransaction, plan: ImportPlan): Promise<void> {
  await writeNodes(tx, plan.nodes);
  await writeRelationships(tx, plan.relationships);
}
