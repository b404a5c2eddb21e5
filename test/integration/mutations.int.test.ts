import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { graphState } from '../helpers/graph-state.js';

let server: TestServer;
let admin: string;
const PREFIX = 'mutation-test';

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
});
afterAll(async () => {
  await server.db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX }));
  await server.close();
});

/** A valid create input for each node type, and one field to update. */
const CASES = [
  { type: 'Organisation', input: { name: 'Mutation Test Org', kind: 'NGO', sector: 'CIVIL_SOCIETY' }, update: { acronym: 'MTO' }, field: 'acronym' },
  { type: 'Actor', input: { name: 'Mutation Test Person' }, update: { title: 'Trainer' }, field: 'title' },
  { type: 'Initiative', input: { title: 'Mutation Test Initiative', level: 'LOCAL', startDate: '2021-03' }, update: { status: 'ACTIVE' }, field: 'status' },
  { type: 'Commitment', input: { title: 'Mutation Test Commitment', reference: 'MUT0001' }, update: { status: 'LIMITED' }, field: 'status' },
  { type: 'Learning', input: { title: 'Mutation Test Learning', kind: 'FAILURE' }, update: { summary: 'What went wrong.' }, field: 'summary' },
  { type: 'Event', input: { name: 'Mutation Test Event', kind: 'WEBINAR', startDate: '2022-06-01' }, update: { endDate: '2022-06-02' }, field: 'endDate' },
  { type: 'Place', input: { name: 'Mutation Test Place', kind: 'CITY' }, update: { globalSouth: true }, field: 'globalSouth' },
  { type: 'Theme', input: { name: 'Mutation Test Theme' }, update: { description: 'A theme for tests.' }, field: 'description' },
] as const;

describe.each(CASES)('$type mutations', ({ type, input, update, field }) => {
  const id = `${PREFIX}-${type.toLowerCase()}`;

  it(`creates, updates and deletes a ${type}`, async () => {
    const created = await server.gql(`mutation ($input: Create${type}Input!) { create${type}(input: $input) { id label createdAt updatedAt sources } }`, { input: { ...input, id, sources: ['test'] } }, { token: admin });
    expect(created.errors).toBeUndefined();
    expect(created.data[`create${type}`]).toMatchObject({ id, sources: ['test'] });
    expect(created.data[`create${type}`].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const updated = await server.gql(`mutation ($id: ID!, $input: Update${type}Input!) { update${type}(id: $id, input: $input) { id ${field} } }`, { id, input: update }, { token: admin });
    expect(updated.data[`update${type}`][field]).toEqual(Object.values(update)[0]);
    const read = await server.gql(`query ($id: ID!) { node(id: $id) { __typename ... on ${type} { ${field} } } }`, { id });
    expect(read.data.node).toEqual({ __typename: type, [field]: Object.values(update)[0] });

    const deleted = await server.gql(`mutation ($id: ID!) { delete${type}(id: $id) { id } }`, { id }, { token: admin });
    expect(deleted.data[`delete${type}`].id).toBe(id);
    expect((await server.gql('query ($id: ID!) { node(id: $id) { id } }', { id })).data.node).toBeNull();
  });
});

describe('mutation errors leave the graph unchanged', () => {
  async function expectUnchanged(operation: () => Promise<{ errors?: { extensions?: Record<string, any> }[] }>, code: string, field?: string) {
    const before = await graphState(server.db);
    const res = await operation();
    expect(res.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(await graphState(server.db)).toEqual(before);
  }

  it('UNAUTHENTICATED without a token', () =>
    expectUnchanged(() => server.gql('mutation { createTheme(input: { name: "No token", sources: ["x"] }) { id } }'), 'UNAUTHENTICATED'));

  it('UNAUTHENTICATED with a forged token', () =>
    expectUnchanged(() => server.gql('mutation { createTheme(input: { name: "Forged", sources: ["x"] }) { id } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.forged' }), 'UNAUTHENTICATED'));

  it('CONFLICT for an id that is taken, even by another type', () =>
    expectUnchanged(() => server.gql('mutation { createTheme(input: { id: "hivos", name: "Hivos theme", sources: ["x"] }) { id } }', {}, { token: admin }), 'CONFLICT', 'input.id'));

  it('BAD_USER_INPUT naming a date that does not exist', () =>
    expectUnchanged(
      () => server.gql('mutation ($d: Date!) { createEvent(input: { id: "mutation-test-bad-date", name: "Bad", kind: MEETING, startDate: $d, sources: ["x"] }) { id } }', { d: '2019-02-30' }, { token: admin }),
      'BAD_USER_INPUT',
    ));

  it('BAD_USER_INPUT naming an oversized name', () =>
    expectUnchanged(() => server.gql('mutation ($n: String!) { createTheme(input: { name: $n, sources: ["x"] }) { id } }', { n: 'x'.repeat(301) }, { token: admin }), 'BAD_USER_INPUT', 'input.name'));

  it('BAD_USER_INPUT naming missing sources', () =>
    expectUnchanged(() => server.gql('mutation { createTheme(input: { id: "mutation-test-nosrc", name: "No sources", sources: [] }) { id } }', {}, { token: admin }), 'BAD_USER_INPUT', 'input.sources'));

  it('BAD_USER_INPUT for an unknown enum value', () =>
    expectUnchanged(() => server.gql('mutation { createInitiative(input: { title: "X", level: CONTINENTAL, sources: ["x"] }) { id } }', {}, { token: admin }), 'GRAPHQL_VALIDATION_FAILED'));

  it('NOT_FOUND when updating or deleting what does not exist', async () => {
    await expectUnchanged(() => server.gql('mutation { updateTheme(id: "no-such-theme", input: { name: "x" }) { id } }', {}, { token: admin }), 'NOT_FOUND');
    await expectUnchanged(() => server.gql('mutation { deleteOrganisation(id: "loci") { id } }', {}, { token: admin }), 'NOT_FOUND');
  });

  it('BAD_USER_INPUT for a relationship the model does not allow between those types', () =>
    expectUnchanged(() => server.gql('mutation { connect(input: { type: PARTNER_IN, from: "loci", to: "hivos", role: "PARTNER" }) { type } }', {}, { token: admin }), 'BAD_USER_INPUT', 'input.type'));

  it('BAD_USER_INPUT for a PARTNER_IN role outside the model', () =>
    expectUnchanged(() => server.gql('mutation { connect(input: { type: PARTNER_IN, from: "hivos", to: "ogp-local", role: "SPONSOR" }) { type } }', {}, { token: admin }), 'BAD_USER_INPUT', 'input.role'));

  it('NOT_FOUND for a relationship to a node that does not exist', () =>
    expectUnchanged(() => server.gql('mutation { connect(input: { type: ABOUT, from: "loci", to: "no-such-theme" }) { type } }', {}, { token: admin }), 'NOT_FOUND'));
});

describe('relationships', () => {
  it('connects with properties, is seen in the same request, and disconnects', async () => {
    const orgId = `${PREFIX}-partner-org`;
    await server.gql(`mutation { createOrganisation(input: { id: "${orgId}", name: "Partner Org", kind: FUNDER, sector: DONOR, sources: ["test"] }) { id } }`, {}, { token: admin });
    // The second field reads after the write: the loaders were cleared, so it sees the new partner.
    const res = await server.gql(
      `mutation {
        connect(input: { type: PARTNER_IN, from: "${orgId}", to: "loci", role: "FUNDER", since: "2024", sources: ["test"] }) { type role since fromNode { id } toNode { id } }
        createTheme(input: { id: "${PREFIX}-after-connect", name: "After connect", sources: ["t"] }) { id }
      }`,
      {},
      { token: admin },
    );
    expect(res.data.connect).toEqual({ type: 'PARTNER_IN', role: 'FUNDER', since: '2024', fromNode: { id: orgId }, toNode: { id: 'loci' } });
    const read = await server.gql(`{ organisation(id: "${orgId}") { partnerIn { edges { role since node { id } } } } }`);
    expect(read.data.organisation.partnerIn.edges).toEqual([{ role: 'FUNDER', since: '2024', node: { id: 'loci' } }]);

    const gone = await server.gql(`mutation { disconnect(type: PARTNER_IN, from: "${orgId}", to: "loci") }`, {}, { token: admin });
    expect(gone.data.disconnect).toBe(true);
    const again = await server.gql(`mutation { disconnect(type: PARTNER_IN, from: "${orgId}", to: "loci") }`, {}, { token: admin });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('makes an id from the name when none is given', async () => {
    const res = await server.gql('mutation { createTheme(input: { name: "Mutation Test: Água & Saúde", sources: ["t"] }) { id } }', {}, { token: admin });
    expect(res.data.createTheme.id).toBe('mutation-test-agua-saude');
  });

  it('sees its own write in a later field of the same mutation request', async () => {
    const id = `${PREFIX}-loader-theme`;
    const res = await server.gql(
      `mutation {
        created: createTheme(input: { id: "${id}", name: "Before", sources: ["t"] }) { name }
        updated: updateTheme(id: "${id}", input: { name: "After" }) { name }
      }`,
      {},
      { token: admin },
    );
    expect(res.data).toEqual({ created: { name: 'Before' }, updated: { name: 'After' } });
  });
});
