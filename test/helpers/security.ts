import { expect } from 'vitest';
import { toNodeProperties, type NodeType } from '../../src/model/index.js';
import type { Executor } from '../../src/neo4j/executor.js';
import { graphState, type GraphState } from './graph-state.js';

/** A valid create input for each node type (sources added by the caller) and one field to update. */
export const NODE_CASES = [
  { type: 'Organisation', input: { name: 'Security Test Org', kind: 'NGO', sector: 'CIVIL_SOCIETY' }, update: { acronym: 'STO' } },
  { type: 'Actor', input: { name: 'Security Test Person' }, update: { title: 'Trainer' } },
  { type: 'Initiative', input: { title: 'Security Test Initiative', level: 'LOCAL', startDate: '2021-03' }, update: { status: 'ACTIVE' } },
  { type: 'Commitment', input: { title: 'Security Test Commitment', reference: 'SEC0001' }, update: { status: 'LIMITED' } },
  { type: 'Learning', input: { title: 'Security Test Learning', kind: 'FAILURE' }, update: { summary: 'What went wrong.' } },
  { type: 'Event', input: { name: 'Security Test Event', kind: 'WEBINAR', startDate: '2022-06-01' }, update: { endDate: '2022-06-02' } },
  { type: 'Place', input: { name: 'Security Test Place', kind: 'CITY' }, update: { globalSouth: true } },
  { type: 'Theme', input: { name: 'Security Test Theme' }, update: { description: 'A theme for tests.' } },
] as const satisfies readonly { type: NodeType; input: Record<string, unknown>; update: Record<string, unknown> }[];

/** Writes a node straight into Neo4j (no API, no audit), owned by `ownerOrg` when given. */
export async function putNode(db: Executor, type: NodeType, id: string, fields: Record<string, unknown>, ownerOrg?: string): Promise<void> {
  await db.write((tx) =>
    tx.run(`CREATE (n:Entity:${type}) SET n = $props, n.ownerOrg = $ownerOrg, n.createdAt = datetime(), n.updatedAt = datetime()`, {
      props: toNodeProperties(type, { ...fields, id, sources: ['security test'] }),
      ownerOrg: ownerOrg ?? null,
    }),
  );
}

/** Writes a relationship straight into Neo4j (type from the test's own constants). */
export async function putRelationship(db: Executor, type: string, from: string, to: string, props: Record<string, unknown> = {}): Promise<void> {
  await db.write((tx) => tx.run(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MERGE (a)-[r:${type}]->(b) SET r = $props`, { from, to, props }));
}

/** Deletes every node whose id starts with `prefix`, and the audit entries about them. */
export async function removeNodes(db: Executor, prefix: string): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
  await db.write((tx) => tx.run('MATCH (a:AuditEntry) WHERE a.nodeId STARTS WITH $prefix DELETE a', { prefix }));
}

/** The graph's fingerprint plus the number of audit entries. */
export async function fullState(db: Executor): Promise<GraphState & { auditEntries: number }> {
  const [row] = await db.read('MATCH (a:AuditEntry) RETURN count(a) AS n');
  return { ...(await graphState(db)), auditEntries: row.n as number };
}

interface Refusable {
  status?: number;
  errors?: { extensions?: Record<string, any> }[];
}

/**
 * Runs `operation`, expects its first error to carry `code`, and the graph (nodes,
 * relationships, checksum) and the audit trail to be exactly as before.
 */
export async function expectRefusedUnchanged(db: Executor, operation: () => Promise<Refusable>, code: string): Promise<Refusable> {
  const before = await fullState(db);
  const res = await operation();
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  expect(await fullState(db)).toEqual(before);
  return res;
}
