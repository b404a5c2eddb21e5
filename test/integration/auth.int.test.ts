import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { NODE_CASES, expectRefusedUnchanged, putNode, putRelationship, removeNodes } from '../helpers/security.js';

/**
 * Roles against every kind of mutation: anonymous, an editor of organisation A, an editor of
 * organisation B, and an admin. The write rule is documented in src/auth/policy.ts.
 */
const P = 'sec-auth';
const ORG_A = `${P}-org-a`;
const ORG_B = `${P}-org-b`;

let server: TestServer;
let admin: string;
let editorA: string;
let editorB: string;

const ids = {
  coordinated: `${P}-coordinated`,
  partnered: `${P}-partnered`,
  foreignInitiative: `${P}-foreign-initiative`,
  learned: `${P}-learned`,
  authored: `${P}-authored`,
  foreignLearning: `${P}-foreign-learning`,
  made: `${P}-made`,
  advanced: `${P}-advanced`,
  foreignCommitment: `${P}-foreign-commitment`,
  worker: `${P}-worker`,
  foreignWorker: `${P}-foreign-worker`,
  theme: `${P}-theme`,
  place: `${P}-place`,
  event: `${P}-event`,
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
  editorA = await server.token('editor', ORG_A);
  editorB = await server.token('editor', ORG_B);
  const db = server.db;
  await removeNodes(db, P);
  await putNode(db, 'Organisation', ORG_A, { name: 'Org A', kind: 'NGO', sector: 'CIVIL_SOCIETY' });
  await putNode(db, 'Organisation', ORG_B, { name: 'Org B', kind: 'NGO', sector: 'CIVIL_SOCIETY' });
  for (const id of [ids.coordinated, ids.partnered, ids.foreignInitiative]) await putNode(db, 'Initiative', id, { title: id, level: 'LOCAL' });
  for (const id of [ids.learned, ids.authored, ids.foreignLearning]) await putNode(db, 'Learning', id, { title: id, kind: 'PRACTICE' });
  for (const id of [ids.made, ids.advanced, ids.foreignCommitment]) await putNode(db, 'Commitment', id, { title: id });
  await putNode(db, 'Actor', ids.worker, { name: 'Worker at A', email: 'worker@example.org' });
  await putNode(db, 'Actor', ids.foreignWorker, { name: 'Worker at B', email: 'b@example.org', public: true });
  await putNode(db, 'Theme', ids.theme, { name: 'Auth theme' });
  await putNode(db, 'Place', ids.place, { name: 'Auth place', kind: 'CITY' });
  await putNode(db, 'Event', ids.event, { name: 'Auth event', kind: 'MEETING', startDate: '2020' });
  await putRelationship(db, 'COORDINATES', ORG_A, ids.coordinated);
  await putRelationship(db, 'PARTNER_IN', ORG_A, ids.partnered, { role: 'PARTNER' });
  await putRelationship(db, 'COORDINATES', ORG_B, ids.foreignInitiative);
  await putRelationship(db, 'LEARNED', ids.coordinated, ids.learned);
  await putRelationship(db, 'AUTHORED', ORG_A, ids.authored);
  await putRelationship(db, 'LEARNED', ids.foreignInitiative, ids.foreignLearning);
  await putRelationship(db, 'MADE', ORG_A, ids.made);
  await putRelationship(db, 'ADVANCES', ids.partnered, ids.advanced);
  await putRelationship(db, 'MADE', ORG_B, ids.foreignCommitment);
  await putRelationship(db, 'WORKS_AT', ids.worker, ORG_A);
  await putRelationship(db, 'WORKS_AT', ids.foreignWorker, ORG_B);
});

afterAll(async () => {
  await removeNodes(server.db, P);
  await server.close();
});

const gqlAs = (token: string | undefined) => (query: string, variables?: Record<string, unknown>) => server.gql(query, variables, { token });
const create = (type: string) => `mutation ($input: Create${type}Input!) { create${type}(input: $input) { id } }`;
const update = (type: string) => `mutation ($id: ID!, $input: Update${type}Input!) { update${type}(id: $id, input: $input) { id } }`;
const remove = (type: string) => `mutation ($id: ID!) { delete${type}(id: $id) { id } }`;
const CONNECT = 'mutation ($input: ConnectInput!) { connect(input: $input) { type } }';
const DISCONNECT = 'mutation ($type: RelationshipType!, $from: ID!, $to: ID!) { disconnect(type: $type, from: $from, to: $to) }';

describe.each(NODE_CASES)('$type: create, update and delete by role', ({ type, input, update: change }) => {
  const t = type.toLowerCase();
  const own = `${P}-${t}-own`;
  const foreign = `${P}-${t}-foreign`;

  beforeAll(async () => {
    await putNode(server.db, type, own, input, ORG_A);
    await putNode(server.db, type, foreign, input, ORG_B);
  });

  it('anonymous: UNAUTHENTICATED on create, update and delete, and nothing changes', async () => {
    const anon = gqlAs(undefined);
    await expectRefusedUnchanged(server.db, () => anon(create(type), { input: { ...input, id: `${P}-${t}-anon`, sources: ['x'] } }), 'UNAUTHENTICATED');
    await expectRefusedUnchanged(server.db, () => anon(update(type), { id: own, input: change }), 'UNAUTHENTICATED');
    await expectRefusedUnchanged(server.db, () => anon(remove(type), { id: own }), 'UNAUTHENTICATED');
  });

  it('editor: creates, then updates and deletes what its organisation created', async () => {
    const a = gqlAs(editorA);
    const id = `${P}-${t}-made-by-a`;
    expect((await a(create(type), { input: { ...input, id, sources: ['x'] } })).errors).toBeUndefined();
    const [stored] = await server.db.read('MATCH (n:Entity {id: $id}) RETURN n.ownerOrg AS ownerOrg, n.createdBy AS createdBy', { id });
    expect(stored).toEqual({ ownerOrg: ORG_A, createdBy: 'test-editor' });
    expect((await a(update(type), { id, input: change })).errors).toBeUndefined();
    // Updates keep who made it, so the owner can go on editing.
    expect((await a(update(type), { id, input: change })).errors).toBeUndefined();
    expect((await a(remove(type), { id })).errors).toBeUndefined();
  });

  it("editor: FORBIDDEN to update or delete another organisation's node, and nothing changes", async () => {
    const b = gqlAs(editorB);
    await expectRefusedUnchanged(server.db, () => b(update(type), { id: own, input: change }), 'FORBIDDEN');
    await expectRefusedUnchanged(server.db, () => b(remove(type), { id: own }), 'FORBIDDEN');
  });

  it('admin: updates and deletes any node', async () => {
    const root = gqlAs(admin);
    expect((await root(update(type), { id: foreign, input: change })).errors).toBeUndefined();
    expect((await root(remove(type), { id: foreign })).errors).toBeUndefined();
  });
});

describe('what an editor owns through relationships', () => {
  const owned: [string, string][] = [
    ['its own Organisation record', ORG_A],
    ['an initiative it COORDINATES', ids.coordinated],
    ['an initiative it is PARTNER_IN (edit only: test/integration/integrity.int.test.ts)', ids.partnered],
    ['a learning LEARNED by its initiative', ids.learned],
    ['a learning it AUTHORED', ids.authored],
    ['a commitment it MADE', ids.made],
    ['a commitment its initiative ADVANCES', ids.advanced],
    ['a person who WORKS_AT it', ids.worker],
  ];
  it.each(owned)('may update %s', async (_what, id) => {
    const [row] = await server.db.read('MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> "Entity"][0] AS type', { id });
    const res = await server.gql(`mutation ($id: ID!) { update${row.type}(id: $id, input: { sources: ["edited by A"] }) { id sources } }`, { id }, { token: editorA });
    expect(res.errors).toBeUndefined();
    expect(res.data[`update${row.type}`].sources).toEqual(['edited by A']);
  });

  const notOwned: [string, string, string][] = [
    ['another organisation', 'Organisation', ORG_B],
    ["another organisation's initiative", 'Initiative', ids.foreignInitiative],
    ["another organisation's learning", 'Learning', ids.foreignLearning],
    ["another organisation's commitment", 'Commitment', ids.foreignCommitment],
    ["another organisation's person", 'Actor', ids.foreignWorker],
    ['a theme nobody owns', 'Theme', ids.theme],
    ['a place nobody owns', 'Place', ids.place],
    ['an event nobody owns', 'Event', ids.event],
  ];
  it.each(notOwned)('is FORBIDDEN to update or delete %s', async (_what, type, id) => {
    await expectRefusedUnchanged(server.db, () => server.gql(update(type), { id, input: { sources: ['hijacked'] } }, { token: editorA }), 'FORBIDDEN');
    await expectRefusedUnchanged(server.db, () => server.gql(remove(type), { id }, { token: editorA }), 'FORBIDDEN');
  });
});

describe('connect and disconnect by role', () => {
  const about = { type: 'ABOUT', from: ids.coordinated, to: ids.theme };

  it('anonymous: UNAUTHENTICATED', async () => {
    await expectRefusedUnchanged(server.db, () => server.gql(CONNECT, { input: about }), 'UNAUTHENTICATED');
    await expectRefusedUnchanged(server.db, () => server.gql(DISCONNECT, { type: 'COORDINATES', from: ORG_A, to: ids.coordinated }), 'UNAUTHENTICATED');
  });

  it('editor: connects and disconnects from a node it owns', async () => {
    expect((await server.gql(CONNECT, { input: about }, { token: editorA })).errors).toBeUndefined();
    expect((await server.gql(DISCONNECT, { type: 'ABOUT', from: ids.coordinated, to: ids.theme }, { token: editorA })).data.disconnect).toBe(true);
  });

  it('editor: FORBIDDEN from a node it does not own', async () => {
    await expectRefusedUnchanged(server.db, () => server.gql(CONNECT, { input: { type: 'ABOUT', from: ids.foreignInitiative, to: ids.theme } }, { token: editorA }), 'FORBIDDEN');
    await expectRefusedUnchanged(server.db, () => server.gql(DISCONNECT, { type: 'COORDINATES', from: ORG_B, to: ids.foreignInitiative }, { token: editorA }), 'FORBIDDEN');
  });

  it('editor: FORBIDDEN to claim an initiative by declaring itself PARTNER_IN it', async () => {
    await expectRefusedUnchanged(
      server.db,
      () => server.gql(CONNECT, { input: { type: 'PARTNER_IN', from: ORG_A, to: ids.foreignInitiative, role: 'PARTNER' } }, { token: editorA }),
      'FORBIDDEN',
    );
    await expectRefusedUnchanged(server.db, () => server.gql(update('Initiative'), { id: ids.foreignInitiative, input: { sources: ['x'] } }, { token: editorA }), 'FORBIDDEN');
  });

  it("editor: FORBIDDEN to claim another organisation's person through WORKS_AT", () =>
    expectRefusedUnchanged(server.db, () => server.gql(CONNECT, { input: { type: 'WORKS_AT', from: ids.foreignWorker, to: ORG_A } }, { token: editorA }), 'FORBIDDEN'));

  it('editor: may link what it made to itself (both ends owned)', async () => {
    const id = `${P}-new-initiative`;
    await server.gql(create('Initiative'), { input: { id, title: 'New initiative of A', level: 'LOCAL', sources: ['x'] } }, { token: editorA });
    const res = await server.gql(CONNECT, { input: { type: 'COORDINATES', from: ORG_A, to: id } }, { token: editorA });
    expect(res.errors).toBeUndefined();
    // Organisation B neither made it nor coordinates it.
    await expectRefusedUnchanged(server.db, () => server.gql(DISCONNECT, { type: 'COORDINATES', from: ORG_A, to: id }, { token: editorB }), 'FORBIDDEN');
  });

  it('admin: connects and disconnects anything', async () => {
    const input = { type: 'PARTNER_IN', from: ORG_B, to: ids.coordinated, role: 'FUNDER' };
    expect((await server.gql(CONNECT, { input }, { token: admin })).errors).toBeUndefined();
    expect((await server.gql(DISCONNECT, { type: 'PARTNER_IN', from: ORG_B, to: ids.coordinated }, { token: admin })).data.disconnect).toBe(true);
  });
});

describe('auditLog and restoreNode by role', () => {
  const AUDIT = '{ auditLog(first: 1) { totalCount } }';
  const RESTORE = 'mutation ($id: ID!) { restoreNode(auditEntryId: $id) { node { id } } }';

  it('anonymous: UNAUTHENTICATED', async () => {
    expect((await server.gql(AUDIT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expectRefusedUnchanged(server.db, () => server.gql(RESTORE, { id: 'any' }), 'UNAUTHENTICATED');
  });

  it('editor: FORBIDDEN', async () => {
    expect((await server.gql(AUDIT, {}, { token: editorA })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await expectRefusedUnchanged(server.db, () => server.gql(RESTORE, { id: 'any' }, { token: editorA }), 'FORBIDDEN');
  });

  it('admin: reads the log; restoring an unknown entry is NOT_FOUND', async () => {
    const res = await server.gql(AUDIT, {}, { token: admin });
    expect(res.data.auditLog.totalCount).toBeGreaterThan(0);
    await expectRefusedUnchanged(server.db, () => server.gql(RESTORE, { id: 'no-such-entry' }, { token: admin }), 'NOT_FOUND');
  });
});

describe('tokens', () => {
  const ME = '{ auditLog(first: 1) { totalCount } }';

  it('refuses an editor token that names no organisation', async () => {
    const token = await server.token('editor');
    const res = await server.gql(ME, {}, { token });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token, a token signed with another secret, and an unsigned one', async () => {
    const { mintToken } = await import('../../src/auth/token.js');
    const expired = await mintToken(server.config.jwtSecret, { subject: 'x', role: 'admin', expiresIn: '-1m' });
    const otherSecret = await mintToken('another-secret-that-is-long-enough-to-sign-with', { subject: 'x', role: 'admin' });
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'x', role: 'admin', iss: 'loci-graph' })).toString('base64url');
    for (const token of [expired, otherSecret, `${header}.${body}.`]) {
      const res = await server.gql(ME, {}, { token });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('`npm run token` mints a token the server accepts', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    // Asynchronously: the server under test runs in this process.
    const { stdout: out } = await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'src/cli/token.ts', '--role', 'editor', '--org', ORG_A, '--subject', 'cli-user'], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    const token = out.trim().split('\n').at(-1)!;
    const res = await server.gql(update('Theme'), { id: `${P}-theme-own`, input: { description: 'edited with a CLI token' } }, { token });
    expect(res.errors).toBeUndefined();
  });
});

describe("people's contact details", () => {
  const EMAIL = 'query ($id: ID!) { actor(id: $id) { email } }';

  it('shows the email of a person whose record is public to everyone', async () => {
    expect((await server.gql(EMAIL, { id: ids.foreignWorker })).data.actor.email).toBe('b@example.org');
  });

  it('hides the email of a person whose record is not public from anonymous readers, also through search and node()', async () => {
    expect((await server.gql(EMAIL, { id: ids.worker })).data.actor.email).toBeNull();
    const viaNode = await server.gql('query ($id: ID!) { node(id: $id) { ... on Actor { email } } }', { id: ids.worker });
    expect(viaNode.data.node.email).toBeNull();
  });

  it('shows it to editors of the organisation that owns the record (the person WORKS_AT it) and to admins', async () => {
    expect((await server.gql(EMAIL, { id: ids.worker }, { token: editorA })).data.actor.email).toBe('worker@example.org');
    expect((await server.gql(EMAIL, { id: ids.worker }, { token: admin })).data.actor.email).toBe('worker@example.org');
  });

  it("hides it from another organisation's editors, in a list as well", async () => {
    expect((await server.gql(EMAIL, { id: ids.worker }, { token: editorB })).data.actor.email).toBeNull();
    const list = await server.gql('query ($ids: [ID!]) { actors(first: 10, filter: { ids: $ids }) { edges { node { id email } } } }', { ids: [ids.worker, ids.foreignWorker] }, { token: editorB });
    expect(list.errors).toBeUndefined();
    const byId = Object.fromEntries(list.data.actors.edges.map((e: any) => [e.node.id, e.node.email]));
    expect(byId).toEqual({ [ids.worker]: null, [ids.foreignWorker]: 'b@example.org' });
  });

  it('shows it to the editors of the organisation that created the record', async () => {
    const id = `${P}-created-person`;
    await putNode(server.db, 'Actor', id, { name: 'Created by B', email: 'made@example.org' }, ORG_B);
    expect((await server.gql(EMAIL, { id }, { token: editorB })).data.actor.email).toBe('made@example.org');
    expect((await server.gql(EMAIL, { id }, { token: editorA })).data.actor.email).toBeNull();
    expect((await server.gql(EMAIL, { id })).data.actor.email).toBeNull();
  });
});

describe('identity provider tokens (JWKS_URL)', () => {
  const ISSUER = 'https://idp.example.org/';
  const AUDIENCE = 'loci-graph-api';
  let idp: import('node:http').Server;
  let withJwks: TestServer;
  let sign: (claims: Record<string, unknown>, options?: { audience?: string; issuer?: string; expiresIn?: string | null }) => Promise<string>;

  beforeAll(async () => {
    const { generateKeyPair, exportJWK, SignJWT } = await import('jose');
    const http = await import('node:http');
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    idp = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(idp.address() as { port: number }).port}/.well-known/jwks.json`;
    withJwks = await startTestServer({ JWKS_URL: url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
    sign = (claims, o = {}) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setSubject('idp-user')
        .setIssuer(o.issuer ?? ISSUER)
        .setAudience(o.audience ?? AUDIENCE)
        .setIssuedAt();
      if (o.expiresIn !== null) jwt.setExpirationTime(o.expiresIn ?? '5m');
      return jwt.sign(privateKey);
    };
  });
  afterAll(async () => {
    await withJwks.close();
    await new Promise((resolve) => idp.close(resolve));
  });

  const AUDIT = '{ auditLog(first: 1) { totalCount } }';

  it("accepts the provider's admin token", async () => {
    const res = await withJwks.gql(AUDIT, {}, { token: await sign({ role: 'admin' }) });
    expect(res.errors).toBeUndefined();
  });

  it("lets the provider's editor token write what its organisation owns", async () => {
    const token = await sign({ role: 'editor', org: ORG_A });
    const res = await withJwks.gql(update('Organisation'), { id: ORG_A, input: { sources: ['edited via the identity provider'] } }, { token });
    expect(res.errors).toBeUndefined();
  });

  it('refuses another audience, another issuer, an expired token, one without exp and an unknown role', async () => {
    const tokens = [
      await sign({ role: 'admin' }, { audience: 'another-api' }),
      await sign({ role: 'admin' }, { issuer: 'https://evil.example.org/' }),
      await sign({ role: 'admin' }, { expiresIn: '-1m' }),
      await sign({ role: 'admin' }, { expiresIn: null }),
      await sign({ role: 'superuser' }),
    ];
    for (const token of tokens) expect((await withJwks.gql(AUDIT, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('still accepts HS256 tokens of `npm run token` beside them', async () => {
    expect((await withJwks.gql(AUDIT, {}, { token: await withJwks.token('admin') })).errors).toBeUndefined();
  });

  it('refuses RS256 tokens where no JWKS is configured', async () => {
    expect((await server.gql(AUDIT, {}, { token: await sign({ role: 'admin' }) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
