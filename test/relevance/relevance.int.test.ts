import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { loadQuestions, meanMetrics, type Floor, type Grades } from './metrics.js';

// The relevance test set (questions.yaml): every question asked of the real server over HTTP,
// hit@3 and nDCG@5 printed and held to the committed floor.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const set = loadQuestions();
const PEERS = `query ($id: ID!, $filter: InitiativeScopeFilter) { peers(initiativeId: $id, first: 10, filter: $filter) { initiative { id } } }`;
const ADVICE = `query ($problem: String!) { advice(problem: $problem, first: 10) { learning { id } } }`;

/** Prints each question's top five beside its grades, then the means, and returns the means. */
function report(name: string, answers: { question: string; ranked: string[]; expected: Grades }[]): Floor {
  const metrics = meanMetrics(answers);
  const lines = answers.map((a) => `  ${a.question}: ${a.ranked.slice(0, 5).map((id) => `${id}${a.expected[id] ? `(${a.expected[id]})` : ''}`).join(' ')}`);
  console.log(`relevance of ${name} (${answers.length} questions): hit@3 ${metrics.hit3.toFixed(3)}, nDCG@5 ${metrics.ndcg5.toFixed(3)}\n${lines.join('\n')}`);
  return metrics;
}

describe('relevance test set', () => {
  it('holds at least 15 questions, each with expected answers', () => {
    expect(set.peers.length + set.advice.length).toBeGreaterThanOrEqual(15);
    for (const q of [...set.peers, ...set.advice]) expect(Object.keys(q.expected).length).toBeGreaterThan(0);
  });

  it('peers score at least the committed hit@3 and nDCG@5', async () => {
    const answers = [];
    for (const q of set.peers) {
      const res = await server.gql(PEERS, { id: q.initiative, filter: q.filter ?? null });
      expect(res.errors, q.initiative).toBeUndefined();
      answers.push({ question: `${q.initiative}${q.filter ? ` ${JSON.stringify(q.filter)}` : ''}`, ranked: res.data.peers.map((p: { initiative: { id: string } }) => p.initiative.id), expected: q.expected });
    }
    const metrics = report('peers', answers);
    expect(metrics.hit3).toBeGreaterThanOrEqual(set.floor.peers.hit3);
    expect(metrics.ndcg5).toBeGreaterThanOrEqual(set.floor.peers.ndcg5);
  });

  it('advice scores at least the committed hit@3 and nDCG@5', async () => {
    const answers = [];
    for (const q of set.advice) {
      const res = await server.gql(ADVICE, { problem: q.problem });
      expect(res.errors, q.problem).toBeUndefined();
      answers.push({ question: q.problem, ranked: res.data.advice.map((a: { learning: { id: string } }) => a.learning.id), expected: q.expected });
    }
    const metrics = report('advice', answers);
    expect(metrics.hit3).toBeGreaterThanOrEqual(set.floor.advice.hit3);
    expect(metrics.ndcg5).toBeGreaterThanOrEqual(set.floor.advice.ndcg5);
  });
});
