import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fullState, putNode, putRelationship, removeNodes } from '../helpers/security.js';

const P = 'sec-audit';
let server: TestServer;
let admin: string;
let editor: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
  editor = await server.token('editor', `${P}-org`);
  await removeNodes(server.db, P);
  await putNode(server.db, 'Organisation', `${P}-org`, { name: 'Audit Org', kind: 'NGO', sector: 'CIVIL_SOCIETY' });
});
afterAll(async () => {
  await removeNodes(server.db, P);
  await server.close();
});

const ENTRY = 'id at actor role org requestId clientRequestId action nodeType nodeId targetId before after relationships restoredFrom';
const LOG = `query ($first: Int!, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } }
}`;

async function entriesFor(nodeId: string) {
  const res = await server.gql(LOG, { first: 100, filter: { nodeId } }, { token: admin });
  expect(res.errors).toBeUndefined();
  return (res.data.auditLog.edges as { node: Record<string, any> }[]).map((e) => e.node);
}

describe('the audit trail', () => {
  const id = `${P}-theme`;

  it('records create, update, connect, disconnect and delete with who, when, before and after', async () => {
    const requestId = `${P}-request-1`;
    await server.gql(`mutation { createTheme(input: { id: "${id}", name: "Audited", sources: ["t"] }) { id } }`, {}, { token: editor, headers: { 'x-request-id': requestId } });
    await server.gql(`mutation { updateTheme(id: "${id}", input: { name: "Audited twice" }) { id } }`, {}, { token: editor });
    await server.gql(`mutation { connect(input: { type: ABOUT, from: "loci", to: "${id}" }) { type } }`, {}, { token: admin });
    await server.gql(`mutation { disconnect(type: ABOUT, from: "loci", to: "${id}") }`, {}, { token: admin });
    await server.gql(`mutation { connect(input: { type: ABOUT, from: "loci", to: "${id}" }) { type } }`, {}, { token: admin });
    await server.gql(`mutation { deleteTheme(id: "${id}") { id } }`, {}, { token: editor });

    const entries = (await entriesFor(id)).reverse();
    expect(entries.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'CONNECT', 'DISCONNECT', 'CONNECT', 'DELETE']);
    const [created, updated, connected, disconnected, , deleted] = entries;
    expect(created).toMatchObject({ actor: 'test-editor', role: 'editor', org: `${P}-org`, clientRequestId: requestId, nodeType: 'Theme', nodeId: id, before: null });
    expect(JSON.parse(created.after)).toMatchObject({ id, name: 'Audited', ownerOrg: `${P}-org`, createdBy: 'test-editor' });
    expect(JSON.parse(updated.before).name).toBe('Audited');
    expect(JSON.parse(updated.after).name).toBe('Audited twice');
    expect(connected).toMatchObject({ actor: 'test-admin', role: 'admin', nodeType: 'Initiative', nodeId: 'loci', targetId: id });
    expect(JSON.parse(disconnected.relationships)).toEqual([{ type: 'ABOUT', from: 'loci', to: id, props: {} }]);
    expect(JSON.parse(deleted.before).name).toBe('Audited twice');
    expect(JSON.parse(deleted.relationships)).toEqual([{ type: 'ABOUT', from: 'loci', to: id, props: {} }]);
    for (const e of entries) expect(Date.parse(e.at)).toBeGreaterThan(Date.now() - 600_000);
  });

  it("stores a request id the server made, with the client's x-request-id beside it", async () => {
    const themeId = `${P}-request-ids`;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, 'x-request-id': 'client-chosen-id' },
      body: JSON.stringify({ query: `mutation { createTheme(input: { id: "${themeId}", name: "Request ids", sources: ["t"] }) { id } }` }),
    });
    expect(res.headers.get('x-request-id')).toBe('client-chosen-id');
    await server.gql(`mutation { updateTheme(id: "${themeId}", input: { name: "Request ids 2" }) { id } }`, {}, { token: editor });
    const [updated, created] = await entriesFor(themeId);
    expect(created.clientRequestId).toBe('client-chosen-id');
    expect(created.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // Without a client id there is none to keep; each request has its own server id.
    expect(updated.clientRequestId).toBeNull();
    expect(updated.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(updated.requestId).not.toBe(created.requestId);
  });

  it('writes nothing for a mutation that fails', async () => {
    const before = await fullState(server.db);
    const res = await server.gql('mutation { createTheme(input: { id: "hivos", name: "Taken", sources: ["t"] }) { id } }', {}, { token: admin });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await fullState(server.db)).toEqual(before);
  });

  it('keeps entries out of the graph: not Entity, so not in lists, search or the network', async () => {
    const [row] = await server.db.read('MATCH (a:AuditEntry) RETURN count(a) AS n, sum(CASE WHEN a:Entity THEN 1 ELSE 0 END) AS asEntity');
    expect(row.n).toBeGreaterThan(0);
    expect(row.asEntity).toBe(0);
    const network = await server.gql('{ network { nodes { id } } }');
    const [entity] = await server.db.read('MATCH (n:Entity) WHERE n.synthetic IS NULL RETURN count(n) AS n');
    expect(network.data.network.nodes.length).toBe(entity.n);
  });

  it('filters by node, actor, action and time, and pages newest first without gaps', async () => {
    const all = await entriesFor(id);
    const byAction = await server.gql(LOG, { first: 100, filter: { nodeId: id, action: 'CONNECT' } }, { token: admin });
    expect(byAction.data.auditLog.totalCount).toBe(2);
    const byActor = await server.gql(LOG, { first: 100, filter: { nodeId: id, actor: 'test-editor' } }, { token: admin });
    expect(byActor.data.auditLog.edges.map((e: any) => e.node.action).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
    const future = await server.gql(LOG, { first: 10, filter: { from: new Date(Date.now() + 60_000).toISOString() } }, { token: admin });
    expect(future.data.auditLog.totalCount).toBe(0);
    const window = await server.gql(LOG, { first: 100, filter: { nodeId: id, from: all.at(-1)!.at, to: all[0].at } }, { token: admin });
    expect(window.data.auditLog.totalCount).toBe(all.length);

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await server.gql(LOG, { first: 2, after, filter: { nodeId: id } }, { token: admin });
      paged.push(...page.data.auditLog.edges.map((e: any) => e.node.id));
      after = page.data.auditLog.pageInfo.hasNextPage ? page.data.auditLog.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.map((e) => e.id));
    const times = all.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('refuses a forged cursor with BAD_USER_INPUT, and reads any date-time form the scalar accepts', async () => {
    const forged = Buffer.from(JSON.stringify({ value: "x') RETURN 1 //", id: 'x' })).toString('base64url');
    expect((await server.gql(LOG, { first: 1, after: forged }, { token: admin })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const res = await server.gql(LOG, { first: 1, filter: { from: '2020-01-01T00:00:00+01:00', to: '2999-12-31T23:59:59.999999Z' } }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data.auditLog.totalCount).toBeGreaterThan(0);
  });
});

describe('restoreNode', () => {
  const id = `${P}-restored-initiative`;
  const gone = `${P}-gone-theme`;
  const kept = `${P}-kept-theme`;
  const RESTORE = 'mutation ($id: ID!) { restoreNode(auditEntryId: $id) { node { id label ... on Initiative { title level createdAt } } restoredRelationships skippedRelationships auditEntryId } }';

  it('restores a deleted node with its relationships to nodes that still exist, and audits it', async () => {
    await putNode(server.db, 'Theme', gone, { name: 'Will be gone' });
    await putNode(server.db, 'Theme', kept, { name: 'Still here' });
    await server.gql(`mutation { createInitiative(input: { id: "${id}", title: "Restore me", level: LOCAL, sources: ["t"] }) { id } }`, {}, { token: editor });
    await putRelationship(server.db, 'ABOUT', id, gone);
    await putRelationship(server.db, 'ABOUT', id, kept);
    await putRelationship(server.db, 'PARTNER_IN', 'hivos', id, { role: 'FUNDER', since: '2020' });
    const [original] = await server.db.read('MATCH (n:Initiative {id: $id}) RETURN toString(n.createdAt) AS createdAt', { id });

    await server.gql(`mutation { deleteInitiative(id: "${id}") { id } }`, {}, { token: editor });
    await server.db.write((tx) => tx.run('MATCH (t:Theme {id: $gone}) DETACH DELETE t', { gone }));
    const [deletion] = (await entriesFor(id)).filter((e) => e.action === 'DELETE');

    const res = await server.gql(RESTORE, { id: deletion.id }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data.restoreNode).toMatchObject({ node: { id, title: 'Restore me', level: 'LOCAL' }, restoredRelationships: 2, skippedRelationships: 1 });
    expect(Date.parse(res.data.restoreNode.node.createdAt)).toBe(Date.parse(original.createdAt as string));

    const partners = await server.gql(`{ initiative(id: "${id}") { partners { edges { role since node { id } } } themes { edges { node { id } } } } }`);
    expect(partners.data.initiative.partners.edges).toEqual([{ role: 'FUNDER', since: '2020', node: { id: 'hivos' } }]);
    expect(partners.data.initiative.themes.edges).toEqual([{ node: { id: kept } }]);
    // Its owner organisation can edit it again.
    const [stored] = await server.db.read('MATCH (n:Initiative {id: $id}) RETURN n.ownerOrg AS ownerOrg', { id });
    expect(stored.ownerOrg).toBe(`${P}-org`);

    const restore = (await entriesFor(id)).find((e) => e.action === 'RESTORE')!;
    expect(restore).toMatchObject({ id: res.data.restoreNode.auditEntryId, restoredFrom: deletion.id, actor: 'test-admin' });
    expect(JSON.parse(restore.relationships)).toHaveLength(2);
  });

  it('refuses to restore twice (CONFLICT), a non-DELETE entry (BAD_USER_INPUT) and changes nothing', async () => {
    const entries = await entriesFor(id);
    const deletion = entries.find((e) => e.action === 'DELETE')!;
    const creation = entries.find((e) => e.action === 'CREATE')!;
    const before = await fullState(server.db);
    expect((await server.gql(RESTORE, { id: deletion.id }, { token: admin })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await server.gql(RESTORE, { id: creation.id }, { token: admin })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fullState(server.db)).toEqual(before);
  });
});
