import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectRefusedUnchanged, fullState, putNode, putRelationship, removeNodes } from '../helpers/security.js';

/**
 * Issue 17, part D: search words are words, hierarchies (PART_OF, MEMBER_OF) stay acyclic and
 * owned, partners edit but do not manage, deleted ids stay reserved. Every refused write must
 * leave the graph and the audit trail exactly as they were.
 */
const P = 'sec-integrity';
const ORG = `${P}-org`;
const COORDINATOR = `${P}-coordinator`;
const place = (n: number) => `${P}-place-${n}`;
const initiative = (n: number) => `${P}-initiative-${n}`;

let server: TestServer;
let admin: string;
let editor: string;
let coordinatorEditor: string;

const CONNECT = 'mutation ($input: ConnectInput!) { connect(input: $input) { type } }';
const connectAs = (token: string, input: Record<string, unknown>) => server.gql(CONNECT, { input }, { token });

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
  editor = await server.token('editor', ORG);
  coordinatorEditor = await server.token('editor', COORDINATOR);
  await removeNodes(server.db, P);
  await putNode(server.db, 'Organisation', ORG, { name: 'Integrity Org', kind: 'NGO', sector: 'CIVIL_SOCIETY' });
  await putNode(server.db, 'Organisation', COORDINATOR, { name: 'Integrity Coordinator', kind: 'NGO', sector: 'CIVIL_SOCIETY' });
  for (const n of [1, 2, 3]) await putNode(server.db, 'Place', place(n), { name: `Integrity place ${n}`, kind: 'CITY' }, ORG);
  for (const n of [1, 2, 3]) await putNode(server.db, 'Initiative', initiative(n), { title: `Integrity initiative ${n}`, level: 'LOCAL' }, ORG);
});
afterAll(async () => {
  await removeNodes(server.db, P);
  await server.close();
});

describe('search words are words', () => {
  const SEARCH = 'query ($text: String!) { search(text: $text, first: 5) { totalCount edges { node { id } } } }';

  it.each(['AND', 'hivos OR', 'NOT', 'OR hivos', 'a:b', '((', '*', 'hivos && ||', 'TO', '"', '\\'])('answers %j with 200 and no error', async (text) => {
    const res = await server.gql(SEARCH, { text });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data.search.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('reads an operator word as a word: "hivos OR" still finds Hivos, first', async () => {
    const res = await server.gql(SEARCH, { text: 'hivos OR' });
    expect(res.data.search.edges[0].node.id).toBe('hivos');
  });

  it('"NOT hivos" is not a negation: Hivos is still found', async () => {
    const res = await server.gql(SEARCH, { text: 'NOT hivos' });
    expect(res.data.search.edges.map((e: any) => e.node.id)).toContain('hivos');
  });
});

describe('PART_OF and MEMBER_OF refuse cycles', () => {
  beforeAll(async () => {
    for (const [from, to] of [[1, 2], [2, 3]]) {
      expect((await connectAs(editor, { type: 'PART_OF', from: place(from), to: place(to) })).errors).toBeUndefined();
      expect((await connectAs(editor, { type: 'MEMBER_OF', from: initiative(from), to: initiative(to) })).errors).toBeUndefined();
    }
  });

  it.each([
    ['PART_OF', place],
    ['MEMBER_OF', initiative],
  ] as const)('%s: a connect that closes a cycle is BAD_USER_INPUT naming the cycle, and the graph is unchanged', async (type, id) => {
    const res = await expectRefusedUnchanged(server.db, () => connectAs(editor, { type, from: id(3), to: id(1) }), 'BAD_USER_INPUT');
    const error = res.errors![0] as { message: string; extensions: Record<string, any> };
    expect(error.extensions.cycle).toEqual([id(3), id(1), id(2), id(3)]);
    for (const n of [1, 2, 3]) expect(error.message).toContain(id(n));
  });

  it.each([
    ['PART_OF', place(2)],
    ['MEMBER_OF', initiative(2)],
  ])('%s: a self-loop is refused too, also for an admin', async (type, id) => {
    const res = await expectRefusedUnchanged(server.db, () => connectAs(admin, { type, from: id, to: id }), 'BAD_USER_INPUT');
    expect(res.errors![0].extensions!.cycle).toEqual([id, id]);
  });

  it('an edge that closes no cycle is still accepted (a shortcut inside the hierarchy)', async () => {
    expect((await connectAs(editor, { type: 'PART_OF', from: place(1), to: place(3) })).errors).toBeUndefined();
    await server.db.write((tx) => tx.run('MATCH (:Place {id: $a})-[r:PART_OF]->(:Place {id: $b}) DELETE r', { a: place(1), b: place(3) }));
  });

  it('two concurrent connects that would close a cycle together: exactly one is written', async () => {
    const [x, y] = [`${P}-race-x`, `${P}-race-y`];
    await putNode(server.db, 'Place', x, { name: 'Race X', kind: 'CITY' }, ORG);
    await putNode(server.db, 'Place', y, { name: 'Race Y', kind: 'CITY' }, ORG);
    const results = await Promise.all([connectAs(editor, { type: 'PART_OF', from: x, to: y }), connectAs(editor, { type: 'PART_OF', from: y, to: x })]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    const [row] = await server.db.read('MATCH (:Place {id: $x})-[r:PART_OF]-(:Place {id: $y}) RETURN count(r) AS n', { x, y });
    expect(row.n).toBe(1);
  });

  it("needs both ends owned: an editor may not hang its place under a place it does not own, nor join another's network", async () => {
    await expectRefusedUnchanged(server.db, () => connectAs(editor, { type: 'PART_OF', from: place(3), to: 'canada' }), 'FORBIDDEN');
    await expectRefusedUnchanged(server.db, () => connectAs(editor, { type: 'MEMBER_OF', from: initiative(3), to: 'loci' }), 'FORBIDDEN');
  });
});

describe('traversals over a cycle that got in before the rule', () => {
  const [a, b] = [`${P}-cycle-a`, `${P}-cycle-b`];
  const [inA, inB] = [`${P}-in-a`, `${P}-in-b`];

  beforeAll(async () => {
    await putNode(server.db, 'Place', a, { name: 'Cycle A', kind: 'CITY' });
    await putNode(server.db, 'Place', b, { name: 'Cycle B', kind: 'REGION' });
    await putRelationship(server.db, 'PART_OF', a, b);
    await putRelationship(server.db, 'PART_OF', b, a);
    await putNode(server.db, 'Initiative', inA, { title: 'In cycle A', level: 'LOCAL' });
    await putNode(server.db, 'Initiative', inB, { title: 'In cycle B', level: 'LOCAL' });
    await putRelationship(server.db, 'LOCATED_IN', inA, a);
    await putRelationship(server.db, 'LOCATED_IN', inB, b);
  });

  it('place filters list each initiative once', async () => {
    const res = await server.gql(`{ initiatives(first: 20, filter: { place: "${a}" }) { totalCount edges { node { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.initiatives.totalCount).toBe(2);
    expect(res.data.initiatives.edges.map((e: any) => e.node.id).sort()).toEqual([inA, inB]);
    const within = await server.gql(`{ places(first: 20, filter: { within: "${a}" }) { totalCount edges { node { id } } } }`);
    expect(within.data.places.totalCount).toBe(2);
  });

  it('peers filtered by a place on the cycle list each peer once, each reason once', async () => {
    // Region never scores a peer: a shared theme makes them peers, the place only filters.
    await putRelationship(server.db, 'ABOUT', inA, 'e-procurement');
    await putRelationship(server.db, 'ABOUT', inB, 'e-procurement');
    const res = await server.gql(`{ peers(initiativeId: "${inA}", filter: { places: ["${a}"] }) { initiative { id } reasons { kind evidence { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.peers.map((p: any) => p.initiative.id)).toEqual([inB]);
    const reasons = res.data.peers[0].reasons.map((r: any) => `${r.kind}:${r.evidence.id}`);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});

describe('partners edit an initiative but do not manage it', () => {
  const partnered = `${P}-partnered`;

  beforeAll(async () => {
    await putNode(server.db, 'Initiative', partnered, { title: 'Partnered initiative', level: 'LOCAL' });
    await putRelationship(server.db, 'COORDINATES', COORDINATOR, partnered);
    await putRelationship(server.db, 'PARTNER_IN', ORG, partnered, { role: 'PARTNER' });
  });

  it('a partner may update it', async () => {
    const res = await server.gql(`mutation { updateInitiative(id: "${partnered}", input: { status: ACTIVE }) { id } }`, {}, { token: editor });
    expect(res.errors).toBeUndefined();
  });

  it("a partner's delete is FORBIDDEN and changes nothing", () =>
    expectRefusedUnchanged(server.db, () => server.gql(`mutation { deleteInitiative(id: "${partnered}") { id } }`, {}, { token: editor }), 'FORBIDDEN'));

  it("a partner's COORDINATES connect is FORBIDDEN and changes nothing, nor may it remove the coordinator", async () => {
    await expectRefusedUnchanged(server.db, () => connectAs(editor, { type: 'COORDINATES', from: ORG, to: partnered }), 'FORBIDDEN');
    await expectRefusedUnchanged(
      server.db,
      () => server.gql(`mutation { disconnect(type: COORDINATES, from: "${COORDINATOR}", to: "${partnered}") }`, {}, { token: editor }),
      'FORBIDDEN',
    );
  });

  it('the coordinator may delete it', async () => {
    const res = await server.gql(`mutation { deleteInitiative(id: "${partnered}") { id } }`, {}, { token: coordinatorEditor });
    expect(res.errors).toBeUndefined();
  });
});

describe('deleted ids stay reserved until restored or purged', () => {
  const id = `${P}-reserved-theme`;
  const CREATE = `mutation { createTheme(input: { id: "${id}", name: "Reserved", sources: ["t"] }) { id } }`;
  const DELETE = `mutation { deleteTheme(id: "${id}") { id } }`;
  const PURGE = 'mutation ($id: ID!) { purgeDeletedNode(id: $id) { id nodeType deletionEntryId auditEntryId } }';
  const RESTORE = 'mutation ($id: ID!) { restoreNode(auditEntryId: $id) { node { id } } }';

  const deletionEntry = async () => {
    const res = await server.gql('query ($id: ID!) { auditLog(first: 1, filter: { nodeId: $id, action: DELETE }) { edges { node { id } } } }', { id }, { token: admin });
    return res.data.auditLog.edges[0].node.id as string;
  };

  it('an editor cannot re-create a deleted id (CONFLICT, nothing changes), and restoreNode then works', async () => {
    expect((await server.gql(CREATE, {}, { token: editor })).errors).toBeUndefined();
    expect((await server.gql(DELETE, {}, { token: editor })).errors).toBeUndefined();
    const res = await expectRefusedUnchanged(server.db, () => server.gql(CREATE, {}, { token: editor }), 'CONFLICT');
    const entryId = await deletionEntry();
    expect(res.errors![0].extensions).toMatchObject({ field: 'input.id', auditEntryId: entryId });
    const restored = await server.gql(RESTORE, { id: entryId }, { token: admin });
    expect(restored.errors).toBeUndefined();
    expect(restored.data.restoreNode.node.id).toBe(id);
  });

  it('only an admin purges; the id is then free again', async () => {
    expect((await server.gql(DELETE, {}, { token: editor })).errors).toBeUndefined();
    await expectRefusedUnchanged(server.db, () => server.gql(PURGE, { id }, { token: editor }), 'FORBIDDEN');
    const before = await fullState(server.db);
    const purged = await server.gql(PURGE, { id }, { token: admin });
    expect(purged.errors).toBeUndefined();
    expect(purged.data.purgeDeletedNode).toMatchObject({ id, nodeType: 'Theme', deletionEntryId: await deletionEntry() });
    // The graph is untouched; the trail has one more entry (PURGE).
    expect(await fullState(server.db)).toEqual({ ...before, auditEntries: before.auditEntries + 1 });
    expect((await server.gql(CREATE, {}, { token: editor })).errors).toBeUndefined();
  });

  it('purging an id no deleted node holds is NOT_FOUND', () => expectRefusedUnchanged(server.db, () => server.gql(PURGE, { id }, { token: admin }), 'NOT_FOUND'));
});
