import { afterAll, describe, expect, it } from 'vitest';
import { measureNetwork } from '../../src/network/metrics.js';
import { MetricsWorker } from '../../src/network/metrics-worker.js';
import type { NetworkEdge, NetworkNode } from '../../src/network/subgraph.js';

const node = (id: string): NetworkNode => ({ id, type: 'Organisation', label: id });
const edge = (i: number, source: string, target: string): NetworkEdge => ({ id: `e${i}`, type: 'PARTNER_IN', source, target, role: null, since: null, until: null });

/** A deterministic network of `n` nodes with several communities and a few brokers between them. */
function network(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`));
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < n; i++) {
    edges.push(edge(edges.length, `n${i}`, `n${(i * 7 + 3) % n}`));
    if (i % 10 !== 0) edges.push(edge(edges.length, `n${i}`, `n${i - (i % 10)}`));
  }
  edges.push(edge(edges.length, 'n1', 'missing'));
  return { nodes, edges };
}

describe('MetricsWorker', () => {
  const worker = new MetricsWorker();
  afterAll(() => worker.close());

  it('gives the same numbers as measureNetwork, exact and sampled', async () => {
    const { nodes, edges } = network(300);
    expect(await worker.measure(nodes, edges, 40_000_000)).toEqual(measureNetwork(nodes, edges, 40_000_000));
    expect(await worker.measure(nodes, edges, 20_000)).toEqual(measureNetwork(nodes, edges, 20_000));
  });

  it('measures an empty network and runs tasks sent together', async () => {
    const { nodes, edges } = network(50);
    const [empty, a, b] = await Promise.all([worker.measure([], [], 1000), worker.measure(nodes, edges, 1e9), worker.measure(nodes.slice(0, 20), edges, 1e9)]);
    expect(empty).toEqual(measureNetwork([], []));
    expect(a).toEqual(measureNetwork(nodes, edges, 1e9));
    expect(b).toEqual(measureNetwork(nodes.slice(0, 20), edges, 1e9));
  });

  it('keeps the event loop free while it measures', async () => {
    const { nodes, edges } = network(2000);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    await worker.measure(nodes, edges, 1e12);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    // A computation on the main thread would let no timer run until it ended.
    if (elapsed > 100) expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
  });

  it('starts a new thread after close()', async () => {
    await worker.close();
    const { nodes, edges } = network(30);
    expect(await worker.measure(nodes, edges, 1e9)).toEqual(measureNetwork(nodes, edges, 1e9));
  });
});
