import { describe, expect, it } from 'vitest';
import { generateSyntheticBatches, generateSyntheticNetwork, type SyntheticNetwork } from '../../src/seed/synthetic.js';
import { validateBundle } from '../../src/seed/validate.js';
import type { SeedBundle } from '../../src/seed/bundle.js';

const N = 400;
const network = generateSyntheticNetwork({ initiatives: N, seed: 7 });

function toBundle({ nodes, relationships }: SyntheticNetwork): SeedBundle {
  return {
    nodes: nodes.map((n, index) => ({ type: n.type, record: n.record, origin: { file: '(synthetic)', index } })),
    relationships: relationships.map((r, index) => ({ record: r.record, origin: { file: '(synthetic)', index } })),
    problems: [],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('generateSyntheticNetwork', () => {
  it('gives identical output for the same seed', () => {
    expect(generateSyntheticNetwork({ initiatives: N, seed: 7 })).toEqual(network);
  });

  it('gives a different network for a different seed', () => {
    const other = generateSyntheticNetwork({ initiatives: N, seed: 8 });
    expect(other.relationships.map((r) => `${r.type} ${r.record.from} ${r.record.to}`)).not.toEqual(
      network.relationships.map((r) => `${r.type} ${r.record.from} ${r.record.to}`),
    );
  });

  it('makes exactly the requested number of initiatives', () => {
    expect(network.nodes.filter((n) => n.type === 'Initiative')).toHaveLength(N);
  });

  it('passes the seed validator: schemas, unique ids, resolved references, allowed endpoints', async () => {
    const valid = await validateBundle(toBundle(network), async () => new Map());
    expect(valid.problems).toEqual([]);
    expect(valid.nodes).toHaveLength(network.nodes.length);
    expect(valid.relationships).toHaveLength(network.relationships.length);
  });

  it('prefixes every id with syn- and never repeats a relationship of one type between two nodes', () => {
    expect(network.nodes.every((n) => n.record.id.startsWith('syn-'))).toBe(true);
    const keys = network.relationships.map((r) => `${r.type} ${r.record.from} ${r.record.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks every node and relationship synthetic with the source "synthetic"', () => {
    for (const { record } of [...network.nodes, ...network.relationships]) {
      expect(record.synthetic).toBe(true);
      expect(record.sources).toEqual(['synthetic']);
    }
  });

  it('refers in each batch only to nodes of that batch or an earlier one', () => {
    const seen = new Set<string>();
    let batches = 0;
    for (const batch of generateSyntheticBatches({ initiatives: N, seed: 7, batchInitiatives: 50 })) {
      batches += 1;
      for (const n of batch.nodes) seen.add(n.record.id);
      const dangling = batch.relationships.filter((r) => !seen.has(r.record.from) || !seen.has(r.record.to));
      expect(dangling).toEqual([]);
    }
    expect(batches).toBeGreaterThan(5);
  });

  it('gives organisations heavy-tailed degrees: a few hubs far above the median', () => {
    const degree = new Map<string, number>(network.nodes.filter((n) => n.type === 'Organisation').map((n) => [n.record.id, 0]));
    for (const { record } of network.relationships) {
      for (const id of [record.from, record.to]) if (degree.has(id)) degree.set(id, degree.get(id)! + 1);
    }
    const degrees = [...degree.values()];
    expect(Math.max(...degrees)).toBeGreaterThan(20 * median(degrees));
  });

  it('makes mostly local initiatives, mixed learning kinds and dated relationships', () => {
    const levels = network.nodes.filter((n) => n.type === 'Initiative').map((n) => n.record.level);
    expect(levels.filter((l) => l === 'LOCAL').length).toBeGreaterThan(N / 2);
    expect(new Set(levels).size).toBeGreaterThanOrEqual(4);
    const kinds = new Set(network.nodes.filter((n) => n.type === 'Learning').map((n) => n.record.kind));
    expect(kinds).toEqual(new Set(['SUCCESS', 'CHALLENGE', 'FAILURE', 'PRACTICE', 'GUIDANCE', 'EVIDENCE']));
    expect(network.relationships.some((r) => r.record.since && r.record.until)).toBe(true);
    expect(new Set(network.relationships.map((r) => r.type)).size).toBe(16);
  });

  it('makes about ten nodes and about a hundred relationships per initiative', () => {
    const big = { nodes: 0, relationships: 0 };
    for (const batch of generateSyntheticBatches({ initiatives: 2_000, seed: 1 })) {
      big.nodes += batch.nodes.length;
      big.relationships += batch.relationships.length;
    }
    expect(big.nodes / 2_000).toBeGreaterThan(8);
    expect(big.nodes / 2_000).toBeLessThan(14);
    expect(big.relationships / 2_000).toBeGreaterThan(70);
    expect(big.relationships / 2_000).toBeLessThan(130);
  });

  it('refuses a count below the minimum or a seed that is not a whole number', () => {
    expect(() => generateSyntheticNetwork({ initiatives: 5 })).toThrow(RangeError);
    expect(() => generateSyntheticNetwork({ initiatives: 100, seed: 1.5 })).toThrow(/seed/);
  });
});
