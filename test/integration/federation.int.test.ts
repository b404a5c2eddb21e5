import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, IntrospectAndCompose, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { buildProcurementSubgraph } from '../federation/procurement.subgraph.js';
import { MAX_ENTITY_REPRESENTATIONS } from '../../src/schema/schema.js';

/** What each request the gateway sent to LOCI Graph cost its database (read from extensions.db). */
const lociCalls: { query: string; roundTrips: number }[] = [];

/** Forwards to LOCI Graph over real HTTP, asking it to report round trips. */
class CountingDataSource extends RemoteGraphQLDataSource {
  override willSendRequest({ request }: { request: { http?: { headers: { set(k: string, v: string): void } } } }) {
    request.http?.headers.set('x-loci-debug', '1');
  }
  override async didReceiveResponse({ response, request }: any) {
    lociCalls.push({ query: request.query, roundTrips: response.extensions?.db?.roundTrips });
    return response;
  }
}

let loci: TestServer;
let gateway: ApolloServer;

beforeAll(async () => {
  loci = await startTestServer();
  const procurement = buildProcurementSubgraph();
  const apolloGateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: [
        { name: 'loci', url: `${loci.url}/graphql` },
        { name: 'procurement', url: 'in-process://procurement' },
      ],
    }),
    buildService: ({ name, url }) => (name === 'procurement' ? new LocalGraphQLDataSource(procurement) : new CountingDataSource({ url })),
  });
  gateway = new ApolloServer({ gateway: apolloGateway });
  await gateway.start();
});
afterAll(async () => {
  await gateway?.stop();
  await loci.close();
});

async function viaGateway(query: string) {
  const res = await gateway.executeOperation({ query });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

describe('LOCI Graph in a supergraph', () => {
  it('answers a query that crosses both subgraphs, and fetches all buyers in one round trip', async () => {
    lociCalls.length = 0;
    const result = await viaGateway('{ contracts { ocid title buyer { id name acronym } } }');
    expect(result.errors).toBeUndefined();
    const contracts = (result.data as any).contracts;
    expect(contracts.map((c: any) => [c.ocid, c.buyer.id, c.buyer.name])).toEqual([
      ['ocds-test-001', 'hivos', 'Hivos'],
      ['ocds-test-002', 'ocp', expect.stringMatching(/Open Contracting Partnership/)],
      ['ocds-test-003', 'afic', expect.stringMatching(/Africa Freedom of Information Centre/)],
      ['ocds-test-004', 'hivos', 'Hivos'],
    ]);
    const entityCalls = lociCalls.filter((c) => c.query.includes('_entities'));
    expect(entityCalls).toHaveLength(1);
    expect(entityCalls[0].roundTrips).toBe(1);
  });

  it("adds the procurement subgraph's contracts to a LOCI organisation", async () => {
    const result = await viaGateway('{ organisation(id: "hivos") { name partnerIn { edges { node { id } } } contracts { ocid } } }');
    expect(result.errors).toBeUndefined();
    const hivos = (result.data as any).organisation;
    expect(hivos.name).toBe('Hivos');
    expect(hivos.contracts.map((c: any) => c.ocid)).toEqual(['ocds-test-001', 'ocds-test-004']);
  });
});

describe('the subgraph on its own', () => {
  const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Node { id } } }';

  it('returns entities in the order asked, null for an unknown id', async () => {
    const r = [
      { __typename: 'Organisation', id: 'ocp' },
      { __typename: 'Organisation', id: 'no-such-org' },
      { __typename: 'Organisation', id: 'hivos' },
    ];
    const res = await loci.gql(ENTITIES, { r });
    expect(res.data._entities).toEqual([{ __typename: 'Organisation', id: 'ocp' }, null, { __typename: 'Organisation', id: 'hivos' }]);
  });

  it('resolves 50 representations of several types in one round trip', async () => {
    const ids = await loci.db.read('MATCH (n:Entity) WHERE n:Organisation OR n:Initiative OR n:Place RETURN n.id AS id, [l IN labels(n) WHERE l <> "Entity"][0] AS type ORDER BY id LIMIT 50');
    const r = ids.map((row) => ({ __typename: row.type, id: row.id }));
    expect(r).toHaveLength(50);
    const res = await loci.gql(ENTITIES, { r }, { headers: { 'x-loci-debug': '1' } });
    expect(res.data._entities.map((e: any) => e.id)).toEqual(r.map((x) => x.id));
    expect(res.extensions?.db.roundTrips).toBe(1);
  });

  it('serves the fields each type selects, as node(id) does', async () => {
    const r = [
      { __typename: 'Organisation', id: 'hivos' },
      { __typename: 'Initiative', id: 'bandung-birms' },
      { __typename: 'Place', id: 'bandung' },
      { __typename: 'Organisation', id: 'ocp' },
    ];
    const fields = '__typename ... on Organisation { id label name acronym sector } ... on Initiative { id title level startDate partners(first: 3) { totalCount edges { node { id } } } } ... on Place { id name kind }';
    const res = await loci.gql(`query ($r: [_Any!]!) { _entities(representations: $r) { ${fields} } }`, { r }, { headers: { 'x-loci-debug': '1' } });
    expect(res.errors).toBeUndefined();
    // The same fields through node(id), which reads whole nodes.
    for (const [i, { id }] of r.entries()) {
      const direct = await loci.gql(`query ($id: ID!) { node(id: $id) { ${fields} } }`, { id });
      expect(res.data._entities[i]).toEqual(direct.data.node);
    }
    expect(res.data._entities[0]).toMatchObject({ name: 'Hivos', sector: expect.any(String) });
    // Entities in one statement, the partners of the initiative in a second.
    expect(res.extensions?.db.roundTrips).toBe(2);
  });

  it('returns null for a representation of the wrong type', async () => {
    const res = await loci.gql(ENTITIES, { r: [{ __typename: 'Initiative', id: 'hivos' }] });
    expect(res.data._entities).toEqual([null]);
  });

  it('refuses more representations than its cap, with the limit in the error', async () => {
    const r = Array.from({ length: MAX_ENTITY_REPRESENTATIONS + 1 }, (_, i) => ({ __typename: 'Theme', id: `t-${i}` }));
    const res = await loci.gql(ENTITIES, { r });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', max: MAX_ENTITY_REPRESENTATIONS });
  });

  it('serves its SDL with the federation directives', async () => {
    const res = await loci.gql('{ _service { sdl } }');
    expect(res.data._service.sdl).toContain('@key(fields: "id")');
    expect(res.data._service.sdl).toMatch(/type Organisation implements Node\s+@key/);
  });
});
