import { ENTITY_LABEL, toNodeProperties, type NodeType, type RelationshipType } from '../../model/index.js';
import type { Executor } from '../../neo4j/executor.js';
import type { ValidNode, ValidRelationship } from '../validate.js';
import { chunks, groupBy } from '../../util/collections.js';

/**
 * The fast path for bulk synthetic data. Unlike the seed importer's MERGE statements (idempotent,
 * change-detecting: right for 300 hand-written records), these CREATE: the importer refuses to
 * run over existing synthetic data, so nothing can already exist. Profiling at 10,000
 * initiatives showed where the time went and shaped each statement (see the notes inline).
 */

/** Node labels and `createdAt`/`updatedAt` as the seed importer sets them. */
export function createNodesCypher(type: NodeType): string {
  return `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${type})
SET n = row, n.createdAt = datetime(), n.updatedAt = datetime()`;
}

/**
 * Relationships grouped by start node: one index seek per start node instead of one per
 * relationship (a person's 20 ATTENDED rows cost one look-up). Properties go in the CREATE
 * pattern: `SET r = map` after CREATE makes the planner add an Eager (materialise every row
 * first); a property that is null is simply not stored. The six keys are all relationshipSchema allows.
 */
export function createRelationshipsCypher(type: RelationshipType): string {
  return `
UNWIND $groups AS group
MATCH (a:${ENTITY_LABEL} {id: group.from})
UNWIND group.rows AS row
MATCH (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[:${type} {sources: row.sources, synthetic: row.synthetic, uncertain: row.uncertain, role: row.role, since: row.since, until: row.until}]->(b)`;
}

/** `$groups` for createRelationshipsCypher: rows of one start node together. */
export function groupByStart(relationships: ValidRelationship[]): { from: string; rows: Omit<ValidRelationship['record'], 'type' | 'from'>[] }[] {
  const groups = new Map<string, Omit<ValidRelationship['record'], 'type' | 'from'>[]>();
  for (const { record } of relationships) {
    const { type: _t, from, ...row } = record;
    const group = groups.get(from);
    if (group) group.push(row);
    else groups.set(from, [row]);
  }
  return [...groups].map(([from, rows]) => ({ from, rows }));
}

export interface WriteOptions {
  /** Rows per transaction. */
  rows: number;
  /** Write transactions in flight at once (each holds rows of one type). */
  concurrency: number;
  signal?: AbortSignal;
}

/**
 * Writes one batch: all its nodes (committed) before its relationships, in transactions of at
 * most `rows` rows of one type each, up to `concurrency` of them at a time (across types, so a
 * batch's many small types do not run one by one).
 */
export async function writeBatch(executor: Executor, nodes: ValidNode[], relationships: ValidRelationship[], options: WriteOptions): Promise<void> {
  const nodeWrites = [...groupBy(nodes, (n) => n.type)].flatMap(([type, group]) =>
    [...chunks(group, options.rows)].map((chunk) => ({ cypher: createNodesCypher(type), params: { rows: chunk.map((n) => toNodeProperties(n.type, n.record)) } })),
  );
  await inParallel(nodeWrites, options, ({ cypher, params }) => executor.write((tx) => tx.run(cypher, params)));
  const relationshipWrites = [...groupBy(relationships, (r) => r.type)].flatMap(([type, group]) =>
    [...chunks(group, options.rows)].map((chunk) => ({ cypher: createRelationshipsCypher(type), chunk })),
  );
  await inParallel(relationshipWrites, options, ({ cypher, chunk }) => executor.write((tx) => tx.run(cypher, { groups: groupByStart(chunk) })));
}

/**
 * Runs `work` over `items` with at most `concurrency` calls pending. After the first error or
 * abort no new call starts, and it rejects only once every pending call has settled: a clean-up
 * that follows must not race a write still in flight.
 */
async function inParallel<T>(items: T[], { concurrency, signal }: WriteOptions, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    try {
      while (next < items.length && !failed) {
        signal?.throwIfAborted();
        await work(items[next++]);
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

export interface SyntheticCounts {
  nodes: number;
  relationships: number;
}

/** How many synthetic nodes the graph holds (the `entity_synthetic` index answers it). */
export async function countSyntheticNodes(executor: Executor): Promise<number> {
  const rows = await executor.read(`MATCH (n:${ENTITY_LABEL} {synthetic: true}) RETURN count(n) AS n`);
  return rows[0].n as number;
}

/** Synthetic nodes and the relationships that touch them. */
export async function countSynthetic(executor: Executor): Promise<SyntheticCounts> {
  const nodes = await countSyntheticNodes(executor);
  const rows = await executor.read(`MATCH (n:${ENTITY_LABEL} {synthetic: true})-[r]->() RETURN count(r) AS n`);
  return { nodes, relationships: rows[0].n as number };
}

/**
 * Deletes every synthetic node and every relationship touching one, in bounded transactions:
 * relationships first, `batchSize` at a time (a hub may have tens of thousands), then the nodes.
 * Synthetic relationships always start at a synthetic node, so the first step finds them all;
 * DETACH catches any a person later added between real and synthetic nodes. Real data is
 * untouched. Returns what it deleted.
 */
export async function removeSynthetic(executor: Executor, batchSize = 20_000): Promise<SyntheticCounts> {
  const removed: SyntheticCounts = { nodes: 0, relationships: 0 };
  for (;;) {
    const [row] = await executor.write((tx) =>
      tx.run(`MATCH (:${ENTITY_LABEL} {synthetic: true})-[r]->() WITH r LIMIT toInteger($limit) DELETE r RETURN count(r) AS n`, { limit: batchSize }),
    );
    removed.relationships += row.n as number;
    if ((row.n as number) < batchSize) break;
  }
  for (;;) {
    const [row] = await executor.write((tx) =>
      tx.run(
        `MATCH (n:${ENTITY_LABEL} {synthetic: true}) WITH n LIMIT toInteger($limit)
         WITH n, COUNT { (n)--() } AS degree DETACH DELETE n RETURN count(n) AS nodes, sum(degree) AS relationships`,
        { limit: batchSize },
      ),
    );
    removed.nodes += row.nodes as number;
    removed.relationships += row.relationships as number;
    if ((row.nodes as number) < batchSize) break;
  }
  return removed;
}
