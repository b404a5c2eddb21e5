import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { InitiativesWithPartnersDocument } from '../generated/graphql.js';

const PREFIX = 'batching-test';
const ids = Array.from({ length: 50 }, (_, i) => `${PREFIX}-${String(i).padStart(2, '0')}`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // 50 initiatives, each with two seed partners (which have headquarters), a theme and two learnings.
  await server.db.write((tx) =>
    tx.run(
      `UNWIND $ids AS id
       CREATE (i:Entity:Initiative {id: id, title: 'Batching test ' + id, level: 'LOCAL', sources: ['test']})
       WITH i, id
       MATCH (hivos:Organisation {id: 'hivos'}), (ocp:Organisation {id: 'ocp'}), (t:Theme {id: 'e-procurement'})
       CREATE (hivos)-[:PARTNER_IN {role: 'FUNDER'}]->(i), (ocp)-[:PARTNER_IN {role: 'PARTNER'}]->(i), (i)-[:ABOUT]->(t)
       CREATE (i)-[:LEARNED]->(:Entity:Learning {id: id + '-l1', title: 'Learning 1 of ' + id, kind: 'SUCCESS', sources: ['test']})
       CREATE (i)-[:LEARNED]->(:Entity:Learning {id: id + '-l2', title: 'Learning 2 of ' + id, kind: 'CHALLENGE', sources: ['test']})`,
      { ids },
    ),
  );
});
afterAll(async () => {
  await server.db.write((tx) => tx.run(`MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: PREFIX }));
  await server.close();
});

async function roundTripsFor(count: number) {
  const res = await server.request(
    InitiativesWithPartnersDocument,
    { first: count, filter: { ids: ids.slice(0, count) } },
    { headers: { 'x-loci-debug': '1' } },
  );
  expect(res.errors).toBeUndefined();
  return { data: res.data!, roundTrips: res.extensions?.db.roundTrips as number };
}

describe('batching', () => {
  it('costs the same round trips for 2 and for 50 initiatives with partners, headquarters, themes and learnings', async () => {
    const small = await roundTripsFor(2);
    const large = await roundTripsFor(50);
    expect(small.data.initiatives.edges).toHaveLength(2);
    expect(large.data.initiatives.edges).toHaveLength(50);
    // Every row really came back with its relationships, so the count is not of an empty result.
    for (const { node } of large.data.initiatives.edges) {
      expect(node.partners.edges.map((e) => e.node.id).sort()).toEqual(['hivos', 'ocp']);
      expect(node.partners.edges.every((e) => e.node.headquarters !== null)).toBe(true);
      expect(node.learnings.edges).toHaveLength(2);
      expect(node.themes.edges[0].node.id).toBe('e-procurement');
    }
    expect(large.roundTrips).toBe(small.roundTrips);
    // The list reads the relationship fields under it, up to three levels, in its own statement.
    expect(large.roundTrips).toBe(1);
  });

  it('reports the cost only when asked with x-loci-debug', async () => {
    const res = await server.gql('{ initiatives(first: 1) { edges { node { id } } } }');
    expect(res.extensions?.db).toBeUndefined();
  });
});
