import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

// advice over HTTP on the seeded graph: learnings that answer a problem, and who can introduce you.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const QUERY = `query ($problem: String!, $first: Int, $filter: AdviceFilter, $from: ID) {
  advice(problem: $problem, first: $first, filter: $filter, from: $from) {
    score
    learning { id title kind }
    initiative { id }
    reasons { kind text evidence { id } }
    introduction { length nodes { id type } edges { type source target sources } }
  }
}`;
const DEBUG = { headers: { 'x-loci-debug': '1' } };
const error = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions;

interface AdviceAnswer {
  score: number;
  learning: { id: string; title: string; kind: string; citations?: { url: string | null; citation: string | null }[] };
  initiative: { id: string } | null;
  reasons: { kind: string; text: string; evidence: { id: string } }[];
  introduction: { length: number; nodes: { id: string; type: string }[]; edges: { type: string; source: string; target: string; sources: string[] | null }[] } | null;
}
const ask = async (variables: Record<string, unknown>, query = QUERY): Promise<AdviceAnswer[]> => {
  const res = await server.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.advice;
};

describe('advice', () => {
  it('answers "procurement officials resist change" with the Africa LOCI workshop challenge in the top three, its source and an introduction', async () => {
    const answers = await ask({ problem: 'procurement officials resist change', from: 'daniel-dietrich', first: 3 }, QUERY.replace('learning { id title kind }', 'learning { id title kind citations { url citation } }'));
    const top = answers.slice(0, 3).find((a) => a.learning.id === 'africa-loci-workshop-challenges');
    expect(top, answers.map((a) => a.learning.id).join(' ')).toBeDefined();
    expect(top!.learning.kind).toBe('CHALLENGE');
    expect(top!.learning.citations![0].url ?? top!.learning.citations![0].citation).toBeTruthy();
    expect(top!.reasons[0]).toMatchObject({ kind: 'MATCHES_PROBLEM', evidence: { id: 'africa-loci-workshop-challenges' } });
    const path = top!.introduction!;
    expect(path.nodes[0].id).toBe('daniel-dietrich');
    expect(path.nodes.at(-1)!.id).toBe(top!.initiative!.id);
    expect(path.edges).toHaveLength(path.length);
    for (const n of path.nodes.slice(0, -1)) expect(['Actor', 'Organisation']).toContain(n.type);
    for (const e of path.edges) expect(e.sources?.length, `${e.source} ${e.type} ${e.target}`).toBeGreaterThan(0);
    expect(top!.reasons.map((r) => r.kind)).toContain('INTRODUCTION');
  });

  it('groups answers by initiative: each initiative\'s learnings come together', async () => {
    const answers = await ask({ problem: 'publish contracting data on a portal', first: 20 });
    const order = answers.map((a) => a.initiative?.id ?? `none:${a.learning.id}`);
    const blocks = order.filter((id, i) => i === 0 || order[i - 1] !== id);
    expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('finds a Spanish title from words written without their accents', async () => {
    const answers = await ask({ problem: 'la contratacion bajo la lupa' });
    expect(answers[0]?.learning.id).toBe('caldas-lupa-a-la-contratacion');
  });

  it('keeps only the kinds asked for, and gives no introduction without from', async () => {
    const answers = await ask({ problem: 'portal data procurement', filter: { kinds: ['SUCCESS'] } });
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) {
      expect(a.learning.kind).toBe('SUCCESS');
      expect(a.introduction).toBeNull();
    }
  });

  it('costs the same round trips for one answer as for twenty', async () => {
    const trips = async (first: number) => (await server.gql(QUERY, { problem: 'open contracting portal', first, from: 'daniel-dietrich' }, DEBUG)).extensions?.db.roundTrips;
    const one = await trips(1);
    expect(one).toBeLessThanOrEqual(3);
    expect(await trips(20)).toBe(one);
  });

  it.each(['', '   ', 'how can we do it?'])('returns BAD_USER_INPUT naming problem for %j', async (problem) => {
    expect(error(await server.gql(QUERY, { problem }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'problem' });
  });

  it('returns NOT_FOUND naming from when it does not exist', async () => {
    expect(error(await server.gql(QUERY, { problem: 'portal', from: 'no-such-person' }))).toMatchObject({ code: 'NOT_FOUND', field: 'from' });
  });

  it('returns BAD_USER_INPUT naming from when it is no person or organisation', async () => {
    expect(error(await server.gql(QUERY, { problem: 'portal', from: 'ocds' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('returns NOT_FOUND naming the filter field of an unknown place', async () => {
    expect(error(await server.gql(QUERY, { problem: 'portal', filter: { excludePlace: 'atlantis' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'filter.excludePlace' });
  });
});
