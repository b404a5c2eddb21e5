import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { putNode, removeNodes } from '../helpers/security.js';

const P = 'live-changes';
let server: TestServer;
let admin: string;
let editor: string;

beforeAll(async () => {
  server = await startTestServer({ CHANGE_POLL_MIN_MS: '50', CHANGE_POLL_MAX_MS: '200' });
  admin = await server.token('admin');
  editor = await server.token('editor', `${P}-org`);
  await removeNodes(server.db, P);
  await putNode(server.db, 'Organisation', `${P}-org`, { name: 'Live Org', kind: 'NGO', sector: 'CIVIL_SOCIETY' });
});
afterAll(async () => {
  await removeNodes(server.db, P);
  await server.close();
});

const CHANGE = 'sequence at kind node { id type label } relationship { type from to }';

async function latestSequence(): Promise<number> {
  const res = await server.gql('{ changes(first: 1) { latestSequence } }');
  expect(res.errors).toBeUndefined();
  return res.data.changes.latestSequence;
}

async function createTheme(id: string, name: string) {
  const res = await server.gql(`mutation ($id: ID!, $name: String!) { createTheme(input: { id: $id, name: $name, sources: ["test"] }) { id } }`, { id, name }, { token: editor });
  expect(res.errors).toBeUndefined();
}

/** Takes the next `n` values of an async iterator, failing after `ms`. */
async function take<T>(iterator: AsyncIterator<T>, n: number, ms = 10_000): Promise<T[]> {
  const out: T[] = [];
  const deadline = Date.now() + ms;
  while (out.length < n) {
    const next = await Promise.race([iterator.next(), new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), Math.max(0, deadline - Date.now())))]);
    if (next === 'timeout') throw new Error(`timed out after ${out.length} of ${n}`);
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

describe('the change feed (changes)', () => {
  it('lists creates, updates and connects in commit order, and resumes from endCursor', async () => {
    const start = await latestSequence();
    const id = `${P}-feed`;
    await createTheme(id, 'Live feed');
    await server.gql(`mutation { updateTheme(id: "${id}", input: { name: "Live feed 2" }) { id } }`, {}, { token: editor });
    await server.gql(`mutation { connect(input: { type: ABOUT, from: "loci", to: "${id}" }) { type } }`, {}, { token: admin });

    const res = await server.gql(`query ($after: String) { changes(after: $after, first: 2, filter: { ids: ["${id}"] }) { edges { cursor node { ${CHANGE} } } hasNextPage endCursor latestSequence } }`, { after: String(start) });
    expect(res.errors).toBeUndefined();
    const page = res.data.changes;
    expect(page.edges.map((e: any) => e.node.kind)).toEqual(['CREATED', 'UPDATED']);
    expect(page.edges[0].node.node).toEqual({ id, type: 'Theme', label: 'Live feed' });
    expect(page.edges[1].node.sequence).toBeGreaterThan(page.edges[0].node.sequence);
    expect(page.hasNextPage).toBe(true);
    expect(page.latestSequence).toBeGreaterThanOrEqual(page.edges[1].node.sequence + 1);

    const next = await server.gql(`query ($after: String) { changes(after: $after, filter: { ids: ["${id}"] }) { edges { node { ${CHANGE} } } hasNextPage } }`, { after: page.endCursor });
    expect(next.data.changes.edges.map((e: any) => e.node)).toMatchObject([
      { kind: 'CONNECTED', node: { id: 'loci', type: 'Initiative', label: expect.stringContaining('Local Open Contracting') }, relationship: { type: 'ABOUT', from: 'loci', to: id } },
    ]);
    expect(next.data.changes.hasNextPage).toBe(false);
  });

  it('hides from anonymous callers an update of an unlisted person\'s e-mail, and shows it to editors', async () => {
    const id = `${P}-person`;
    await putNode(server.db, 'Actor', id, { name: 'Private Person' }, `${P}-org`);
    const start = await latestSequence();
    const res = await server.gql(`mutation { updateActor(id: "${id}", input: { email: "private@example.org" }) { id } }`, {}, { token: editor });
    expect(res.errors).toBeUndefined();
    const query = `query ($after: String) { changes(after: $after, filter: { ids: ["${id}"] }) { edges { node { kind } } endCursor } }`;
    const anonymous = await server.gql(query, { after: String(start) });
    expect(anonymous.data.changes.edges).toEqual([]);
    expect(Number(anonymous.data.changes.endCursor)).toBeGreaterThan(start);
    const signedIn = await server.gql(query, { after: String(start) }, { token: editor });
    expect(signedIn.data.changes.edges).toEqual([{ node: { kind: 'UPDATED' } }]);
  });

  it('refuses a cursor that is not a sequence, naming after', async () => {
    const res = await server.gql('{ changes(after: "abc") { endCursor } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('subscriptions', () => {
  it('delivers a created node over GraphQL-over-SSE', async () => {
    const client = createSseClient({ url: `${server.url}/graphql`, retryAttempts: 0, singleConnection: false });
    const events = client.iterate<any>({ query: `subscription { nodeChanged(types: [Theme]) { ${CHANGE} } }` });
    try {
      const first = take(events, 1);
      await new Promise((r) => setTimeout(r, 300)); // the stream is open before the write
      await createTheme(`${P}-sse`, 'Seen over SSE');
      const [event] = await first;
      expect(event.errors).toBeUndefined();
      expect(event.data.nodeChanged).toMatchObject({ kind: 'CREATED', node: { id: `${P}-sse`, type: 'Theme', label: 'Seen over SSE' } });
    } finally {
      await events.return?.();
      client.dispose();
    }
  });

  it('delivers over graphql-ws, and replays what was missed when resumed with after', async () => {
    const before = await latestSequence();
    await createTheme(`${P}-missed`, 'Missed while away');
    const client = createWsClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${admin}` } });
    const events = client.iterate<any>({ query: `subscription ($after: String) { relationshipChanged(nodeId: "${P}-missed", after: $after) { ${CHANGE} } }`, variables: { after: String(before) } });
    const nodeEvents = client.iterate<any>({ query: `subscription ($after: String) { nodeChanged(ids: ["${P}-missed"], after: $after) { ${CHANGE} } }`, variables: { after: String(before) } });
    try {
      const [replayed] = await take(nodeEvents, 1);
      expect(replayed.data.nodeChanged).toMatchObject({ kind: 'CREATED', node: { id: `${P}-missed` } });
      const live = take(events, 1);
      await server.gql(`mutation { connect(input: { type: ABOUT, from: "loci", to: "${P}-missed" }) { type } }`, {}, { token: admin });
      const [connected] = await live;
      expect(connected.data.relationshipChanged).toMatchObject({ kind: 'CONNECTED', relationship: { type: 'ABOUT', from: 'loci', to: `${P}-missed` } });
    } finally {
      await events.return?.();
      await nodeEvents.return?.();
      await client.dispose();
    }
  });

  it('batches networkChanged: writes close together arrive together, events at least a second apart', async () => {
    const client = createSseClient({ url: `${server.url}/graphql`, retryAttempts: 0 });
    const events = client.iterate<any>({ query: `subscription { networkChanged(filter: { nodeTypes: [Theme] }) { sequence changes { kind node { id } } } }` });
    const ids = [`${P}-net-1`, `${P}-net-2`, `${P}-net-3`];
    try {
      const received: { at: number; ids: string[]; sequence: number }[] = [];
      const reading = (async () => {
        while (received.flatMap((e) => e.ids).length < ids.length) {
          const [event] = (await take(events, 1, 15_000)) as any[];
          received.push({ at: Date.now(), ids: event.data.networkChanged.changes.map((c: any) => c.node.id), sequence: event.data.networkChanged.sequence });
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      for (const [i, id] of ids.entries()) await createTheme(id, `Network ${i}`);
      await reading;
      expect(received.flatMap((e) => e.ids)).toEqual(ids);
      expect(received.length).toBeLessThan(ids.length);
      for (let i = 1; i < received.length; i++) {
        expect(received[i].at - received[i - 1].at).toBeGreaterThanOrEqual(900);
        expect(received[i].sequence).toBeGreaterThan(received[i - 1].sequence);
      }
    } finally {
      await events.return?.();
      client.dispose();
    }
  });

  it('serves only subscriptions on the stream transports', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: '{ network { nodes { id } } }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(/only subscriptions/);
  });
});

describe('subscription caps', () => {
  let capped: TestServer;
  beforeAll(async () => {
    capped = await startTestServer({ SUBSCRIPTIONS_PER_IP: '2' });
  });
  afterAll(async () => {
    await capped.close();
  });

  it('refuses the n+1th open subscription of an IP with 429 and Retry-After', async () => {
    const open = () =>
      fetch(`${capped.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { nodeChanged { sequence } }' }),
      });
    const a = await open();
    const b = await open();
    expect([a.status, b.status]).toEqual([200, 200]);
    const c = await open();
    expect(c.status).toBe(429);
    expect(c.headers.get('retry-after')).toBe('30');
    expect(((await c.json()) as any).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'SUBSCRIPTIONS_PER_IP', max: 2 });
    await a.body?.cancel();
    await new Promise((r) => setTimeout(r, 200)); // the server sees the stream close
    const d = await open();
    expect(d.status).toBe(200);
    await b.body?.cancel();
    await d.body?.cancel();
  });
});
