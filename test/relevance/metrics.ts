import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** Graded expectations of one question: id -> grade (2 the answer looked for, 1 useful). */
export type Grades = Record<string, number>;

export interface PeersQuestion {
  initiative: string;
  filter?: Record<string, unknown>;
  why?: string;
  expected: Grades;
}

export interface AdviceQuestion {
  problem: string;
  why?: string;
  expected: Grades;
}

export interface Floor {
  hit3: number;
  ndcg5: number;
}

export interface QuestionSet {
  floor: { peers: Floor; advice: Floor };
  peers: PeersQuestion[];
  advice: AdviceQuestion[];
}

/** Reads test/relevance/questions.yaml. */
export function loadQuestions(file = path.join(import.meta.dirname, 'questions.yaml')): QuestionSet {
  return parse(fs.readFileSync(file, 'utf8')) as QuestionSet;
}

/** 1 when any graded answer is among the first k ranked ids, else 0. */
export function hitAt(k: number, ranked: readonly string[], expected: Grades): number {
  return ranked.slice(0, k).some((id) => (expected[id] ?? 0) > 0) ? 1 : 0;
}

/**
 * Normalised discounted cumulative gain of the first k ranked ids: gains 2^grade - 1,
 * discount log2(rank + 1), divided by the gain of the ideal order of the grades. 0..1.
 */
export function ndcgAt(k: number, ranked: readonly string[], expected: Grades): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(expected).sort((x, y) => y - x));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => expected[id] ?? 0)) / ideal;
}

/** Mean of hit@3 and nDCG@5 over questions, each question's ranked ids beside its grades. */
export function meanMetrics(answers: readonly { ranked: readonly string[]; expected: Grades }[]): Floor {
  const mean = (f: (a: (typeof answers)[number]) => number) => (answers.length ? answers.reduce((s, a) => s + f(a), 0) / answers.length : 0);
  return { hit3: mean((a) => hitAt(3, a.ranked, a.expected)), ndcg5: mean((a) => ndcgAt(5, a.ranked, a.expected)) };
}
