import { describe, expect, it } from 'vitest';
import { levelFactor, MAX_TEXT_REASONS, reasonsFor, scorePeers, themeRarity, WEIGHTS, type Evidence, type PeerCandidate, type PeerContext } from '../../src/network/peers.scoring.js';

const ctx: PeerContext = {
  id: 'me',
  level: 'SUBNATIONAL',
  initiatives: 20,
  learnings: [
    { id: 'my-challenge', title: 'Officials resist publishing', kind: 'CHALLENGE', text: 'Officials resist publishing contracts on the portal' },
    { id: 'my-success', title: 'Portal launched', kind: 'SUCCESS', text: 'Portal launched with OCDS data' },
  ],
};
const theme = (id: string, count: number): Evidence => ({ kind: 'THEME', id, name: id, count });
const candidate = (id: string, evidence: Evidence[], level = 'SUBNATIONAL', sharedPlaces = 0): PeerCandidate => ({ id, level, sharedPlaces, evidence });
const text = (id: string, learningKind: string, ownId: string, similarity: number): Evidence => ({ kind: 'LEARNING_TEXT', id, name: id, learningKind, ownId, similarity, text: 'officials resist the portal' });

describe('themeRarity', () => {
  it('is 1 for a theme one initiative works on, less the more work on it, and never above 1', () => {
    expect(themeRarity(1, 20)).toBe(1);
    expect(themeRarity(10, 20)).toBeCloseTo(Math.log(3) / Math.log(21), 5);
    expect(themeRarity(20, 20)).toBeLessThan(themeRarity(10, 20));
    expect(themeRarity(0, 0)).toBe(1);
  });
});

describe('reasonsFor', () => {
  it('weighs a shared theme by its rarity: ln(1 + initiatives / initiatives on it)', () => {
    const [rare] = reasonsFor(candidate('p', [theme('rare', 1)], 'NATIONAL'), ctx);
    const [common] = reasonsFor(candidate('p', [theme('common', 10)], 'NATIONAL'), ctx);
    expect(rare.kind).toBe('SHARED_THEME');
    expect(rare.weight).toBeCloseTo(WEIGHTS.SHARED_THEME * Math.log(21) * levelFactor('NATIONAL', 'SUBNATIONAL'), 2);
    expect(common.weight).toBeLessThan(rare.weight);
    expect(rare.text).toBe('both work on rare (1 of 20 initiatives do)');
    expect(rare.evidenceId).toBe('rare');
  });

  it('names a challenge like its own a similar challenge, and a success on its challenge complementary', () => {
    const reasons = reasonsFor(candidate('p', [text('their-failure', 'FAILURE', 'my-challenge', 0.5), text('their-success', 'SUCCESS', 'my-challenge', 0.5), text('their-practice', 'PRACTICE', 'my-success', 0.5)]), ctx);
    const kinds = Object.fromEntries(reasons.map((r) => [r.evidenceId, r.kind]));
    expect(kinds).toMatchObject({ 'their-failure': 'SIMILAR_CHALLENGE', 'their-success': 'COMPLEMENTARY_EXPERIENCE', 'their-practice': 'SIMILAR_LEARNING' });
    expect(reasons.find((r) => r.evidenceId === 'their-failure')!.weight).toBe(WEIGHTS.SIMILAR_CHALLENGE * 0.5);
    expect(reasons.find((r) => r.evidenceId === 'their-failure')!.text).toContain('"Officials resist publishing"');
  });

  it('weighs a success that shares only a theme with its challenge by the theme\'s rarity', () => {
    const success = (id: string, count: number): Evidence => ({ kind: 'COMPLEMENT', id, name: id, ownId: 'my-challenge', theme: id, count });
    const [rare] = reasonsFor(candidate('p', [success('rare', 1)]), ctx);
    const [broad] = reasonsFor(candidate('p', [success('broad', 5)]), ctx);
    expect(rare.weight).toBe(WEIGHTS.COMPLEMENTARY_EXPERIENCE_BY_THEME);
    expect(broad.weight).toBeCloseTo(WEIGHTS.COMPLEMENTARY_EXPERIENCE_BY_THEME * (Math.log(1 + 20 / 5) / Math.log(21)), 2);
    expect(broad.weight).toBeLessThan(rare.weight * 0.6);
    expect(broad.text).toBe('reports a success on broad, "broad", where this initiative reports a challenge: "Officials resist publishing" (5 of 20 initiatives work on broad)');
  });

  it('counts a learning found by theme and by text once, at its stronger weight', () => {
    const byTheme: Evidence = { kind: 'COMPLEMENT', id: 'their-success', name: 'their-success', ownId: 'my-challenge', theme: 'OCDS' };
    const reasons = reasonsFor(candidate('p', [byTheme, text('their-success', 'SUCCESS', 'my-challenge', 0.9)]), ctx);
    expect(reasons.filter((r) => r.evidenceId === 'their-success')).toHaveLength(1);
    expect(reasons[0].weight).toBe(WEIGHTS.COMPLEMENTARY_EXPERIENCE * 0.9);
  });

  it(`keeps at most ${MAX_TEXT_REASONS} learnings compared by text`, () => {
    const many = [0.9, 0.8, 0.7, 0.6, 0.5].map((s, i) => text(`l${i}`, 'PRACTICE', 'my-success', s));
    expect(reasonsFor(candidate('p', many, 'NATIONAL'), ctx).map((r) => r.evidenceId)).toEqual(['l0', 'l1', 'l2']);
  });

  it('weighs a partner less the more initiatives it works with, and a funder more than a partner', () => {
    const [few] = reasonsFor(candidate('p', [{ kind: 'PARTNER', id: 'o', name: 'O', count: 1 }], 'NATIONAL'), ctx);
    const [many] = reasonsFor(candidate('p', [{ kind: 'PARTNER', id: 'o', name: 'O', count: 16 }], 'NATIONAL'), ctx);
    const [funder] = reasonsFor(candidate('p', [{ kind: 'FUNDER', id: 'o', name: 'O', count: 1 }], 'NATIONAL'), ctx);
    expect(many.weight).toBeCloseTo(few.weight / 4, 1);
    expect(funder.weight).toBeGreaterThan(few.weight);
  });

  it('adds a comparable level only beside other evidence', () => {
    expect(reasonsFor(candidate('p', []), ctx)).toEqual([]);
    const reasons = reasonsFor(candidate('p', [theme('t', 5)]), ctx);
    expect(reasons.map((r) => r.kind)).toEqual(['SHARED_THEME', 'COMPARABLE_LEVEL']);
    expect(reasons[1]).toMatchObject({ text: 'also a subnational initiative', evidenceId: 'p', weight: WEIGHTS.SAME_LEVEL });
  });
});

describe('levelFactor', () => {
  it('is 1 for the same level, near 1 for a city and a state, 0.5 for a global programme and a city', () => {
    expect(levelFactor('LOCAL', 'LOCAL')).toBe(1);
    expect(levelFactor('LOCAL', 'SUBNATIONAL')).toBeCloseTo(0.9);
    expect(levelFactor('SUBNATIONAL', 'NATIONAL')).toBeCloseTo(0.8);
    expect(levelFactor('GLOBAL', 'LOCAL')).toBe(0.5);
  });
});

describe('scorePeers', () => {
  it('scores the sum of the reasons and orders by score, then shared places, then id', () => {
    const peers = scorePeers([candidate('b', [theme('t', 5)]), candidate('a', [theme('t', 5)]), candidate('c', [theme('t', 5)], 'SUBNATIONAL', 2), candidate('d', [theme('t', 1)])], ctx, 3);
    expect(peers.map((p) => p.id)).toEqual(['d', 'c', 'a']);
    for (const p of peers) expect(p.score).toBeCloseTo(p.reasons.reduce((s, r) => s + r.weight, 0), 2);
  });

  it('leaves out candidates without a reason', () => {
    expect(scorePeers([candidate('p', [])], ctx, 10)).toEqual([]);
  });
});
