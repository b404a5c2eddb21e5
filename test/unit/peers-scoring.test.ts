import { describe, expect, it } from 'vitest';
import { scorePeers, WEIGHTS, type Evidence, type PeerEvidence } from '../../src/network/peers.scoring.js';

const theme = (id: string): Evidence => ({ kind: 'THEME', id, name: id });
const place = (id: string, placeKind: string): Evidence => ({ kind: 'PLACE', id, name: id, placeKind });
const peer = (id: string, evidence: Evidence[], sameLevel: string | null = null): PeerEvidence => ({ id, evidence, sameLevel });

describe('scorePeers', () => {
  it('adds the weights of distinct evidence and gives the reasons strongest first', () => {
    const [p] = scorePeers([peer('p', [{ kind: 'NETWORK', id: 'loci', name: 'LOCI' }, theme('ocds'), theme('ocds')])], 10);
    expect(p).toEqual({ id: 'p', score: WEIGHTS.THEME + WEIGHTS.NETWORK, reasons: ['also works on ocds', 'also a member of LOCI'] });
  });

  it('counts only the most specific place shared', () => {
    const [p] = scorePeers([peer('p', [place('africa', 'WORLD_REGION'), place('kenya', 'COUNTRY'), place('nairobi', 'CITY')])], 10);
    expect(p.reasons).toEqual(['also in nairobi']);
    expect(p.score).toBe(2);
  });

  it('counts the same level only alongside other evidence', () => {
    expect(scorePeers([peer('p', [], 'LOCAL')], 10)).toEqual([]);
    const [p] = scorePeers([peer('p', [place('kenya', 'COUNTRY')], 'LOCAL')], 10);
    expect(p.reasons).toEqual(['also in kenya', 'also a local initiative']);
    expect(p.score).toBe(1.5);
  });

  it('names a learning on a shared theme with its kind', () => {
    const [p] = scorePeers([peer('p', [{ kind: 'LEARNING_ON_THEME', id: 'l', name: 'Publishing data', learningKind: 'FAILURE', theme: 'OCDS' }])], 10);
    expect(p.reasons).toEqual(['has a failure learning on OCDS: "Publishing data"']);
  });

  it('orders by score, then id, and keeps the first ones', () => {
    const peers = scorePeers([peer('b', [theme('x')]), peer('a', [theme('x')]), peer('c', [theme('x'), theme('y')])], 2);
    expect(peers.map((p) => p.id)).toEqual(['c', 'a']);
  });
});
