import { describe, expect, it } from 'vitest';
import { hitAt, meanMetrics, ndcgAt } from '../relevance/metrics.js';
import { groupByInitiative } from '../../src/network/advice.service.js';

describe('relevance metrics', () => {
  it('hit@3 is 1 when a graded answer is in the top three', () => {
    expect(hitAt(3, ['x', 'y', 'a'], { a: 1 })).toBe(1);
    expect(hitAt(3, ['x', 'y', 'z', 'a'], { a: 2 })).toBe(0);
  });

  it('nDCG@5 is 1 in the ideal order and falls as the best answer sinks', () => {
    const expected = { a: 2, b: 1 };
    expect(ndcgAt(5, ['a', 'b'], expected)).toBe(1);
    expect(ndcgAt(5, ['b', 'a'], expected)).toBeLessThan(1);
    expect(ndcgAt(5, ['x', 'x', 'x', 'x', 'x', 'a'], expected)).toBe(0);
    // gains 2^g - 1 over log2(rank + 1): (3 / log2(3)) / (3 + 1 / log2(3))
    expect(ndcgAt(5, ['x', 'a'], expected)).toBeCloseTo(3 / Math.log2(3) / (3 + 1 / Math.log2(3)), 6);
  });

  it('averages over questions', () => {
    expect(meanMetrics([{ ranked: ['a'], expected: { a: 1 } }, { ranked: ['x'], expected: { a: 1 } }])).toEqual({ hit3: 0.5, ndcg5: 0.5 });
  });
});

describe('groupByInitiative', () => {
  it('keeps groups in the order of their best hit and hits best first within each', () => {
    const hit = (learningId: string, initiativeId: string | null, score: number) => ({ learningId, initiativeId, score, text: '' });
    const grouped = groupByInitiative([hit('a1', 'a', 9), hit('b1', 'b', 8), hit('a2', 'a', 7), hit('n', null, 6), hit('b2', 'b', 5)]);
    expect(grouped.map((h) => h.learningId)).toEqual(['a1', 'a2', 'b1', 'b2', 'n']);
  });
});
