import { ENTITY_LABEL, NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../model/index.js';
import type { Executor, WriteTransaction } from '../neo4j/executor.js';
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

/** Told after each batch: rows written so far, and how many the plan writes in all. */
export type WriteProgress = (written: number, total: number) => void;

/** Counts the rows of each batch as it is written. */
function progressOf(plan: ImportPlan, onWrite: WriteProgress = () => undefined): (rows: number) => void {
  const total = plan.nodes.filter((c) => c.kind !== 'unchanged').length + plan.relationships.filter((c) => c.kind !== 'unchanged').length;
  let written = 0;
  return (rows) => onWrite((written += rows), total);
}

function byType<T extends { type: string }>(items: T[], order: readonly string[]): [string, T[]][] {
  return order.map((t) => [t, items.filter((i) => i.type === t)] as [string, T[]]).filter(([, list]) => list.length > 0);
}

/** Creates and updates the plan's nodes, type by type (labels from the model's list only). */
async function writeNodes(tx: WriteTransaction, changes: NodeChange[], wrote: (rows: number) => void): Promise<void> {
  for (const [type, list] of byType(changes, NODE_TYPES)) {
    if (!(NODE_TYPES as readonly string[]).includes(type)) throw new Error(`not a node type: ${type}`);
    const label = type as NodeType;
    for (const rows of batches(list.filter((c) => c.kind === 'created').map((c) => c.props))) {
      await tx.run(`UNWIND $rows AS row CREATE (n:${ENTITY_LABEL}:${label}) SET n = row, n.createdAt = datetime(), n.updatedAt = n.createdAt`, { rows });
      wrote(rows.length);
    }
    for (const rows of batches(list.filter((c) => c.kind === 'updated').map((c) => ({ id: c.id, props: c.props })))) {
      await tx.run(
        `UNWIND $rows AS row MATCH (n:${ENTITY_LABEL} {id: row.id}) WITH n, row, n.createdAt AS createdAt
         SET n = row.props SET n.createdAt = createdAt, n.updatedAt = datetime()`,
        { rows },
      );
      wrote(rows.length);
    }
  }
}

/** Creates and updates the plan's relationships, type by type (types from the model's whitelist). */
async function writeRelationships(tx: WriteTransaction, changes: RelationshipChange[], wrote: (rows: number) => void): Promise<void> {
  for (const [type, list] of byType(changes, RELATIONSHIP_TYPES)) {
    const rows = list.filter((c) => c.kind !== 'unchanged').map((c) => ({ from: c.from, to: c.to, props: c.props, create: c.kind === 'created' }));
    for (const batch of batches(rows)) {
      await tx.run(
        `UNWIND $rows AS row MATCH (a:${ENTITY_LABEL} {id: row.from}) MATCH (b:${ENTITY_LABEL} {id: row.to})
         MERGE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: batch },
      );
      wrote(batch.length);
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
export async function writePlan(tx: WriteTransaction, plan: ImportPlan, onWrite?: WriteProgress): Promise<void> {
  const wrote = progressOf(plan, onWrite);
  await writeNodes(tx, plan.nodes, wrote);
  await writeRelationships(tx, plan.relationships, wrote);
}

/*
 * Very large imports, written in bounded transactions. One transaction per dataset holds every
 * change in Neo4j's transaction memory: 100,000 OCDS releases (60,000 nodes, 110,000
 * relationships) passed the 358 MiB transaction limit of a 512 MiB heap (`npm run db:start`'s
 * default; measured with `npm run bench:import`). A first import whose plan writes more than
 * ROWS_PER_TRANSACTION rows is written in slices instead, behind a marker: its Dataset node is
 * `incomplete` (hidden from `datasets` and `Node.datasets`) until the last slice commits, and an
 * import or removal that finds such a marker first takes out what the broken run wrote.
 */

/** Rows (node or relationship writes) a transaction of a sliced import holds at most. */
export const ROWS_PER_TRANSACTION = 20_000;

/** Node and relationship writes of a plan (unchanged records cost nothing). */
export const writesOf = (plan: ImportPlan) => plan.nodes.filter((n) => n.kind !== 'unchanged').length + plan.relationships.filter((r) => r.kind !== 'unchanged').length;

/** The plan's writes in slices of at most `rows`: every node slice before any relationship slice (relationships match both ends). */
export function sliceWrites(plan: ImportPlan, rows: number): Pick<ImportPlan, 'nodes' | 'relationships'>[] {
  const nodes = [...chunks(plan.nodes.filter((n) => n.kind !== 'unchanged'), rows)].map((slice) => ({ nodes: slice, relationships: [] }));
  const relationships = [...chunks(plan.relationships.filter((r) => r.kind !== 'unchanged'), rows)].map((slice) => ({ nodes: [], relationships: slice }));
  return [...nodes, ...relationships];
}

/** Marks a sliced import as under way: its Dataset node exists, `incomplete`, with the before-images to restore should it break. */
export async function markImportIncomplete(tx: WriteTransaction, id: string, restore: RestoreImage): Promise<void> {
  await tx.run('MERGE (d:Dataset {id: $id}) SET d.incomplete = true, d.restore = $restore', { id, restore: JSON.stringify(restore) });
}

/** Ends a sliced import, in the transaction that writes its Dataset facts. */
export async function markImportComplete(tx: WriteTransaction, id: string): Promise<void> {
  await tx.run('MATCH (d:Dataset {id: $id}) REMOVE d.incomplete', { id });
}

/** Sliced imports that never finished: their ids and the before-images they kept. */
export async function findIncompleteImports(run: (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>) {
  const rows = await run('MATCH (d:Dataset) WHERE d.incomplete = true RETURN d.id AS id, d.restore AS restore');
  return rows.map((r) => ({ id: r.id as string, restore: JSON.parse((r.restore as string | null) ?? '{"nodes":[],"relationships":[]}') as RestoreImage }));
}

/**
 * Takes out what a broken sliced import wrote, slice by slice as it was written (a transaction of
 * its own for each ROWS_PER_TRANSACTION records): the records it changed go back to their
 * before-images, its id leaves what others also brought, what only it brought is deleted, and
 * last its marker goes. Run again after a crash, it goes on where it stopped.
 */
/** Puts the records and relationships an import changed back to their before-images. */
export async function restoreBeforeImages(tx: WriteTransaction, restore: RestoreImage): Promise<void> {
  await tx.run(
    `UNWIND $nodes AS b MATCH (n:${ENTITY_LABEL} {id: b.id})
     SET n = b.props
     SET n.createdAt = CASE WHEN b.createdAt IS NULL THEN null ELSE datetime(b.createdAt) END,
         n.updatedAt = CASE WHEN b.updatedAt IS NULL THEN null ELSE datetime(b.updatedAt) END`,
    { nodes: restore.nodes },
  );
  for (const type of RELATIONSHIP_TYPES) {
    const rows = restore.relationships.filter((r) => r.type === type);
    if (rows.length > 0) await tx.run(`UNWIND $rows AS row MATCH (:${ENTITY_LABEL} {id: row.from})-[r:${type}]->(:${ENTITY_LABEL} {id: row.to}) SET r = row.props`, { rows });
  }
}

export async function rollBackIncompleteImport(executor: Executor, id: string, restore: RestoreImage): Promise<void> {
  await executor.write((tx) => restoreBeforeImages(tx, restore));
  const untilDone = async (cypher: string) => {
    let done: number;
    do done = Number((await executor.write((tx) => tx.run(cypher, { id, limit: ROWS_PER_TRANSACTION })))[0]?.done ?? 0);
    while (done > 0);
  };
  await untilDone(
    `MATCH ()-[r]->() WHERE $id IN r.datasetIds WITH r LIMIT toInteger($limit)
     WITH r, [x IN r.datasetIds WHERE x <> $id] AS rest
     FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.datasetIds = rest)
     RETURN count(*) AS done`,
  );
  await untilDone(
    `MATCH (n:${ENTITY_LABEL}) WHERE $id IN n.datasetIds WITH n LIMIT toInteger($limit)
     WITH n, [x IN n.datasetIds WHERE x <> $id] AS rest
     FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DETACH DELETE n)
     FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET n.datasetIds = rest)
     RETURN count(*) AS done`,
  );
  await executor.write((tx) => tx.run('MATCH (d:Dataset {id: $id}) DELETE d', { id }));
}
