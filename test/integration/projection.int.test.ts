import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

// Relationship fields read only the properties their selection serves, and a root query reads
// the fields under it in its own statement (src/graphql/projection.ts, src/graphql/prefetch.ts).
// These tests check that what is served is still every selected field, whatever the path.
const PREFIX = 'projection-test';
const id = (s: string) => `${PREFIX}-${s}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.db.write((tx) =>
    tx.run(
      `CREATE (i:Entity:Initiative {id: $i, title: 'Projection test initiative', level: 'LOCAL', sources: ['test']})
       CREATE (o:Entity:Organisation {id: $o, name: 'Projection test org', kind: 'NGO', sector: 'CIVIL_SOCIETY', sources: ['test'],
               description: 'Works on projections', createdAt: datetime('2024-01-02T03:04:05.678Z'), updatedAt: datetime('2024-02-03T04:05:06.789Z')})
       CREATE (o)-[:PARTNER_IN {role: 'FUNDER', since: '2020', sources: ['a report']}]->(i)
       CREATE (a1:Entity:Actor {id: $a1, name: 'Public champion', email: 'public@example.org', public: true, sources: ['test']})-[:CHAMPIONS {role: 'Lead'}]->(i)
       CREATE (a2:Entity:Actor {id: $a2, name: 'Private champion', email: 'private@example.org', sources: ['test']})-[:CHAMPIONS {role: 'Member'}]->(i)
       CREATE (o)-[:LOCATED_IN]->(p1:Entity:Place {id: $p1, name: 'Projection town', kind: 'CITY', sources: ['test']})
       CREATE (p1)-[:PART_OF]->(p2:Entity:Place {id: $p2, name: 'Projection county', kind: 'COUNTY', sources: ['test']})
       CREATE (p2)-[:PART_OF]->(p3:Entity:Place {id: $p3, name: 'Projection region', kind: 'REGION', sources: ['test']})
       CREATE (p3)-[:PART_OF]->(:Entity:Place {id: $p4, name: 'Projection country', kind: 'COUNTRY', sources: ['test']})`,
      { i: id('i'), o: id('o'), a1: id('a1'), a2: id('a2'), p1: id('p1'), p2: id('p2'), p3: id('p3'), p4: id('p4') },
    ),
  );
});
afterAll(async () => {
  await server.db.write((tx) => tx.run(`MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: PREFIX }));
  await server.close();
});

/** The first initiative of a list filtered to the test initiative, with `fields` selected on it. */
async function initiative(fields: string, fragments = '') {
  const res = await server.gql(`{ initiatives(first: 1, filter: { ids: ["${id('i')}"] }) { edges { node { ${fields} } } } } ${fragments}`, undefined, {
    headers: { 'x-loci-debug': '1' },
  });
  expect(res.errors).toBeUndefined();
  return { node: res.data.initiatives.edges[0].node, roundTrips: res.extensions?.db.roundTrips as number };
}

describe('projection', () => {
  it('serves label, instants and relationship properties of related nodes as reading them whole does', async () => {
    const fields = 'id label name description createdAt updatedAt';
    const { node } = await initiative(`partners { edges { role since sources node { ${fields} } } }`);
    const whole = await server.gql(`{ organisation(id: "${id('o')}") { ${fields} } }`);
    expect(node.partners.edges).toEqual([{ role: 'FUNDER', since: '2020', sources: ['a report'], node: whole.data.organisation }]);
    expect(whole.data.organisation.createdAt).toBe('2024-01-02T03:04:05.678Z');
  });

  it("shows a public champion's email through a relationship field and hides a private one's", async () => {
    const { node } = await initiative('champions { edges { node { id email } } }');
    expect(node.champions.edges.map((e: any) => e.node)).toEqual([
      { id: id('a1'), email: 'public@example.org' },
      { id: id('a2'), email: null },
    ]);
  });

  it('gives aliased fields with different selections each their own properties', async () => {
    const { node } = await initiative('a: partners { edges { node { id name } } } b: partners { edges { node { id description } } }');
    expect(node.a.edges[0].node).toEqual({ id: id('o'), name: 'Projection test org' });
    expect(node.b.edges[0].node).toEqual({ id: id('o'), description: 'Works on projections' });
  });

  it('reads the fields of named fragments and of fragments on Node', async () => {
    const { node } = await initiative('partners { edges { node { ...Org ... on Node { label } } } }', 'fragment Org on Organisation { name description }');
    expect(node.partners.edges[0].node).toEqual({ name: 'Projection test org', description: 'Works on projections', label: 'Projection test org' });
  });

  it('reads a list and three levels of fields under it in one round trip, and each deeper level in one more', async () => {
    const three = await initiative('partners { edges { node { headquarters { parent { name } } } } }');
    expect(three.node.partners.edges[0].node.headquarters.parent.name).toBe('Projection county');
    expect(three.roundTrips).toBe(1);
    const five = await initiative('partners { edges { node { headquarters { parent { parent { parent { name } } } } } } }');
    expect(five.node.partners.edges[0].node.headquarters.parent.parent.parent.name).toBe('Projection country');
    expect(five.roundTrips).toBe(3);
  });
});
