// Every performance trick can be turned off to measure what it saves (docs/PERFORMANCE.md), and
// turning them off changes no answer: the same operations, through a server with all six off and
// one with all on, give the same data and the same errors.
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

const ALL_OFF = {
  GRAPHQL_JIT: 'false',
  SELECTION_MEMO: 'false',
  SKIP_CALLER_STACKS: 'false',
  HTTP_FAST_PATH: 'false',
  HTTP_CHAIN: 'false',
  HTTP_BORN_PROTOTYPES: 'false',
};

const OPERATIONS = [
  '{ initiatives(first: 3) { edges { node { id title partners(first: 2) { edges { node { id name } } } themes(first: 2) { totalCount } } } } }',
  '{ organisation(id: "open-contracting-partnership") { id name } }',
  '{ initiatives(first: 0) { totalCount } }',
  '{ nope }',
];

describe('performance switches', () => {
  let api: TestServer | undefined;
  afterAll(async () => api?.close());

  it('give the same answers with every trick off as with every trick on', async () => {
    const answers = async (server: TestServer) =>
      Promise.all(OPERATIONS.map(async (query) => {
        const { status, data, errors } = await server.gql(query);
        return { status, data, codes: errors?.map((e) => e.extensions?.code) };
      }));
    api = await startTestServer(ALL_OFF);
    expect(api.config.performance).toEqual({ jit: false, selectionMemo: false, skipCallerStacks: false, fastPath: false, chain: false, bornPrototypes: false });
    const withoutTricks = await answers(api);
    await api.close();
    // The last server made sets the process-wide switches back on for the rest of the run.
    api = await startTestServer();
    const withTricks = await answers(api);
    expect(withoutTricks).toEqual(withTricks);
    expect(withTricks[0].data.initiatives.edges).toHaveLength(3);
    expect(withTricks[3].status).toBe(400);
  });
});
