import 'reflect-metadata';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { createServer, type LociServer } from '../../src/server.js';
import { Preparation } from '../../src/neo4j/preparation.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { buildLociSchema } from '../../src/schema/schema.js';
import { mintToken } from '../../src/auth/token.js';
import { testConfig } from '../helpers/env.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fullState } from '../helpers/security.js';

/** GraphQL over HTTP: status codes, content types, methods, CSRF, CORS, rate limits, masking, request ids and logs. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}, url = server.url) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const get = (params: Record<string, string>, headers: Record<string, string> = {}, url = server.url) =>
  fetch(`${url}/graphql?${new URLSearchParams(params)}`, { headers: { accept: 'application/json', ...headers } });
const firstError = async (res: Response) => ((await res.json()) as { errors: { message: string; extensions: Record<string, any> }[] }).errors[0];

describe('GraphQL over HTTP', () => {
  it('answers a POSTed query 200 with application/json', async () => {
    const res = await post(JSON.stringify({ query: '{ node(id: "hivos") { id } }' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('marks answers, over POST and GET, as not to be stored by caches', async () => {
    expect((await post(JSON.stringify({ query: '{ node(id: "hivos") { id } }' }))).headers.get('cache-control')).toBe('no-store');
    expect((await get({ query: '{ node(id: "hivos") { id } }' }, { 'apollo-require-preflight': 'true' })).headers.get('cache-control')).toBe('no-store');
  });

  it('answers application/graphql-response+json to a client that accepts it, with 400 for an invalid operation', async () => {
    const res = await post(JSON.stringify({ query: '{ nope }' }), { accept: 'application/graphql-response+json' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await firstError(res)).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a POST that is not application/json with 415, and runs nothing', async () => {
    const before = await fullState(server.db);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ query: 'mutation { deleteTheme(id: "education") { id } }' }) });
      expect(res.status, type).toBe(415);
      expect((await firstError(res)).extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await fullState(server.db)).toEqual(before);
  });

  it('refuses a JSON POST without a body with 400 BAD_REQUEST, not 415: its type is right', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await firstError(res)).extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses malformed JSON with 400 BAD_REQUEST and a request id', async () => {
    const res = await post('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    const error = await firstError(res);
    expect(error.extensions.code).toBe('BAD_REQUEST');
    expect(error.extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('refuses a body without a query, and a batch (batching is off), with 400', async () => {
    expect((await post('{}')).status).toBe(400);
    expect((await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))).status).toBe(400);
  });

  it('refuses a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ node(id: "hivos" { id } }' }));
    expect(res.status).toBe(400);
    expect((await firstError(res)).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses variables of the wrong type with 400 BAD_USER_INPUT, before any resolver runs', async () => {
    const res = await post(JSON.stringify({ query: 'query ($n: Int!) { organisations(first: $n) { totalCount } }', variables: { n: 'ten' } }));
    expect(res.status).toBe(400);
    expect((await firstError(res)).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers unknown ids with null, and NOT_FOUND for a write', async () => {
    expect((await server.gql('{ node(id: "no-such-node") { id } organisation(id: "loci") { id } }')).data).toEqual({ node: null, organisation: null });
    const admin = await server.token('admin');
    expect((await server.gql('mutation { deleteTheme(id: "no-such-theme") { id } }', {}, { token: admin })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses oversized strings with BAD_USER_INPUT naming the field', async () => {
    const admin = await server.token('admin');
    const long = 'x'.repeat(20_001);
    const cases = [
      ['mutation ($v: String!) { createTheme(input: { name: "Long", description: $v, sources: ["t"] }) { id } }', 'input.description'],
      ['mutation ($v: String!) { createTheme(input: { name: $v, sources: ["t"] }) { id } }', 'input.name'],
      ['mutation ($v: ID!) { createTheme(input: { id: $v, name: "Long id", sources: ["t"] }) { id } }', 'input.id'],
      ['query ($v: String!) { search(text: $v, first: 1) { totalCount } }', 'text'],
    ];
    const before = await fullState(server.db);
    for (const [query, field] of cases) {
      const res = await server.gql(query, { v: long }, { token: admin });
      expect(res.errors?.[0].extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await fullState(server.db)).toEqual(before);
  });

  it('answers a query over GET (with a CSRF-safe header)', async () => {
    const res = await get({ query: '{ node(id: "hivos") { id } }' }, { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { node: { id: 'hivos' } } });
  });

  it('refuses a mutation over GET with 405 and Allow: POST, and changes nothing', async () => {
    const admin = await server.token('admin');
    const before = await fullState(server.db);
    const res = await get({ query: 'mutation { deleteTheme(id: "education") { id } }' }, { 'apollo-require-preflight': 'true', authorization: `Bearer ${admin}` });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await fullState(server.db)).toEqual(before);
  });

  it('blocks a GET without a CSRF-safe header (CSRF prevention is on)', async () => {
    const res = await get({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect((await firstError(res)).message).toMatch(/Cross-Site Request Forgery/);
  });

  it('keeps the playground (GET from a browser) working', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('opens the playground without the debug header, and with it on ?dev=1', async () => {
    const page = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).not.toContain('x-loci-debug');
    const dev = await (await fetch(`${server.url}/graphql?dev=1`, { headers: { accept: 'text/html' } })).text();
    expect(dev).toContain('x-loci-debug');
  });

  it('gives every response an x-request-id, keeping a sane client id and replacing a wild one', async () => {
    expect((await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'client-id-123' })).headers.get('x-request-id')).toBe('client-id-123');
    const wild = (await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'bad id\twith spaces' })).headers.get('x-request-id');
    expect(wild).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never sends a stack trace', async () => {
    for (const body of [JSON.stringify({ query: '{ nope }' }), '{', JSON.stringify({ query: '{ organisations(first: 1000) { totalCount } }' })]) {
      const text = await (await post(body)).text();
      expect(text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
    }
  });
});

describe('introspection', () => {
  it('is on by default', async () => {
    expect((await server.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is off with INTROSPECTION=false, and error messages then give no schema hints', async () => {
    const closed = await startTestServer({ INTROSPECTION: 'false' });
    try {
      const res = await closed.gql('{ __schema { queryType { name } } }');
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await closed.gql('{ organisatio(id: "hivos") { id } }');
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
      expect((await closed.gql('{ node(id: "hivos") { id } }')).data).toEqual({ node: { id: 'hivos' } });
    } finally {
      await closed.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });

  it('allows no other origin by default', async () => {
    expect((await preflight(server.url, 'https://evil.example.org')).status).toBe(403);
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://evil.example.org' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the origins of CORS_ORIGINS, and only those', async () => {
    const open = await startTestServer({ CORS_ORIGINS: 'https://dashboard.example.org, https://partner.example.org' });
    try {
      const ok = await preflight(open.url, 'https://dashboard.example.org');
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
      const res = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://partner.example.org' }, open.url);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
      expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
      expect((await preflight(open.url, 'https://evil.example.org')).status).toBe(403);
    } finally {
      await open.close();
    }
  });
});

describe('rate limiting', () => {
  it('refuses a client IP over its limit with 429, Retry-After and RATE_LIMITED naming the limit', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_IP: '5', RATE_LIMIT_WINDOW_MS: '60000' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(JSON.stringify({ query: '{ __typename }' }), {}, limited.url)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const res = await post(JSON.stringify({ query: '{ __typename }' }), {}, limited.url);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await firstError(res)).extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requestsPerIp', max: 5 });
      // Health and readiness are not limited.
      expect((await fetch(`${limited.url}/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits each token subject on its own', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_SUBJECT: '3', RATE_LIMIT_PER_IP: '1000' });
    try {
      const alice = await mintToken(limited.config.jwtSecret, { subject: 'alice', role: 'admin' });
      const bob = await mintToken(limited.config.jwtSecret, { subject: 'bob', role: 'admin' });
      for (let i = 0; i < 3; i++) expect((await limited.gql('{ __typename }', {}, { token: alice })).status).toBe(200);
      const refused = await limited.gql('{ __typename }', {}, { token: alice });
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requestsPerSubject', max: 3 });
      expect((await limited.gql('{ __typename }', {}, { token: bob })).status).toBe(200);
      expect((await limited.gql('{ __typename }')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('internal errors and request logs', () => {
  let custom: LociServer;
  let url: string;
  const lines: Record<string, any>[] = [];
  let closeDriver: () => Promise<void>;

  async function start(schema: GraphQLSchema) {
    const config = testConfig();
    const driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
    closeDriver = () => driver.close();
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    custom = await createServer({ config, driver, schema, logger, preparation: new Preparation('ready') });
    url = `http://127.0.0.1:${await custom.listen(0, '127.0.0.1')}`;
  }
  afterAll(async () => {
    await custom?.stop();
    await closeDriver?.();
  });

  it('masks an internal error, logs it with the request id the client also gets', async () => {
    const schema = buildSchema('type Query { boom: String, fine: String }');
    schema.getQueryType()!.getFields().boom.resolve = () => {
      throw new Error('secret detail: bolt://db-password@10.0.0.1');
    };
    await start(schema);
    const res = await post(JSON.stringify({ query: '{ boom }' }), {}, url);
    const text = await res.text();
    expect(text).not.toContain('secret detail');
    const error = JSON.parse(text).errors[0];
    expect(error).toMatchObject({ message: 'Internal server error', path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(error.extensions.requestId).toBe(res.headers.get('x-request-id'));
    const logged = lines.find((l) => l.msg === 'internal error' && l.requestId === error.extensions.requestId);
    expect(logged?.err?.message).toContain('secret detail');
  });

  it('writes one JSON line per request: id, operation, duration, round trips, status, error codes, user; never the token or variables', async () => {
    await custom.stop();
    await closeDriver();
    lines.length = 0;
    await start(await buildLociSchema());
    const config = testConfig();
    const token = await mintToken(config.jwtSecret, { subject: 'log-reader', role: 'admin' });
    await post(JSON.stringify({ query: 'query Lookup($id: ID!) { node(id: $id) { id } }', variables: { id: 'secret-variable-value' } }), { authorization: `Bearer ${token}`, 'x-request-id': 'log-test-1' }, url);
    await post(JSON.stringify({ query: 'query Deep { organisations(first: 1000) { totalCount } }' }), { 'x-request-id': 'log-test-2' }, url);
    await new Promise((r) => setTimeout(r, 50));
    const requests = lines.filter((l) => l.msg === 'request');
    const first = requests.find((l) => l.requestId === 'log-test-1');
    expect(first).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operationName: 'Lookup', roundTrips: 1, user: { subject: 'log-reader', role: 'admin' } });
    expect(first!.durationMs).toBeGreaterThan(0);
    expect(requests.find((l) => l.requestId === 'log-test-2')).toMatchObject({ operationName: 'Deep', errors: ['BAD_USER_INPUT'] });
    const all = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain('secret-variable-value');
    expect(requests.filter((l) => l.requestId === 'log-test-1')).toHaveLength(1);
  });

  it('gives a request refused before GraphQL runs (a bad token) its request id, in the answer and in the log line', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { authorization: 'Bearer not-a-token', 'x-request-id': 'log-test-3' }, url);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'log-test-3' });
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.find((l) => l.msg === 'request' && l.requestId === 'log-test-3')).toMatchObject({ status: 401, errors: ['UNAUTHENTICATED'] });
  });

  it('writes the line of a request whose client went away before the answer, once, marked aborted', async () => {
    const { port } = new URL(url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // The server's "100 Continue" says it is handling the request; then half a body, and the
    // client hangs up while the server is still reading it.
    const handling = new Promise((resolve) => socket.on('data', (chunk) => String(chunk).includes('100 Continue') && resolve(true)));
    socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\nexpect: 100-continue\r\nx-request-id: log-test-4\r\n\r\n');
    await handling;
    socket.write('{"query":');
    socket.destroy();
    await expect.poll(() => lines.filter((l) => l.msg === 'request' && l.requestId === 'log-test-4')).toHaveLength(1);
    expect(lines.find((l) => l.msg === 'request' && l.requestId === 'log-test-4')).toMatchObject({ path: '/graphql', aborted: true });
    // A client hanging up is not the server's error.
    expect(lines.filter((l) => l.msg === 'internal error' && l.requestId === 'log-test-4')).toEqual([]);
  });

  it('marks a request answered in full as not aborted', async () => {
    await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'log-test-5' }, url);
    await expect.poll(() => lines.find((l) => l.msg === 'request' && l.requestId === 'log-test-5')).toMatchObject({ status: 200 });
    expect(lines.find((l) => l.msg === 'request' && l.requestId === 'log-test-5')!.aborted).toBeUndefined();
  });
});
