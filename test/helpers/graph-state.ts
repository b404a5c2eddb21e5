import { createHash } from 'node:crypto';
import type { Executor } from '../../src/neo4j/executor.js';

export interface GraphState {
  nodes: number;
  relationships: number;
  /** sha256 over every node's labels and properties and every relationship, timestamps left out. */
  checksum: string;
}

/** A fingerprint of the whole graph, to assert that a refused write changed nothing. */
export async function graphState(db: Executor): Promise<GraphState> {
  const nodes = await db.read(
    `MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
  );
  const rels = await db.read(
    `MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to`,
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
