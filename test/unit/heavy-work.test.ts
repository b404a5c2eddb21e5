import { describe, expect, it } from 'vitest';
import { HeavyWorkLimiter } from '../../src/network/heavy-work.js';
import { Deadline } from '../../src/neo4j/deadline.js';

/** A piece of work that ends when the test says so. */
function gate() {
  let open!: (value: string) => void;
  const done = new Promise<string>((resolve) => (open = resolve));
  return { open, work: () => done };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e) => e.extensions?.code ?? String(e));

describe('HeavyWorkLimiter', () => {
  it('runs up to maxConcurrent at once and the next in order as slots free', async () => {
    const limiter = new HeavyWorkLimiter({ maxConcurrent: 2, maxQueue: 5, queueTimeoutMs: 10_000 });
    const [a, b, c, d] = [gate(), gate(), gate(), gate()];
    const started: string[] = [];
    const run = (name: string, g: ReturnType<typeof gate>) => limiter.run('network', () => (started.push(name), g.work()));
    const results = [run('a', a), run('b', b), run('c', c), run('d', d)];
    await Promise.resolve();
    await Promise.resolve();
    expect(limiter.load).toEqual({ running: 2, waiting: 2 });
    a.open('A');
    expect(await results[0]).toBe('A');
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['a', 'b', 'c']);
    [b, c, d].forEach((g) => g.open('x'));
    await Promise.all(results);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses with SERVER_BUSY at once when the queue is full', async () => {
    const limiter = new HeavyWorkLimiter({ maxConcurrent: 1, maxQueue: 1, queueTimeoutMs: 10_000 });
    const g = gate();
    const first = limiter.run('paths', g.work);
    const second = limiter.run('paths', g.work);
    const refused = limiter.run('paths', g.work).catch((e) => e);
    const error = await refused;
    expect(error.extensions).toMatchObject({ code: 'SERVER_BUSY', field: 'paths', retryAfterSeconds: 10 });
    expect(error.extensions.http.headers.get('retry-after')).toBe('10');
    g.open('done');
    expect(await Promise.all([first, second])).toEqual(['done', 'done']);
  });

  it('refuses with SERVER_BUSY when no slot frees within queueTimeoutMs, and forgets the waiter', async () => {
    const limiter = new HeavyWorkLimiter({ maxConcurrent: 1, maxQueue: 5, queueTimeoutMs: 30 });
    const g = gate();
    const first = limiter.run('network', g.work);
    expect(await codeOf(limiter.run('network', g.work))).toBe('SERVER_BUSY');
    expect(limiter.load).toEqual({ running: 1, waiting: 0 });
    g.open('done');
    await first;
  });

  it('answers REQUEST_TIMEOUT at the deadline but holds the slot until the work ends', async () => {
    const limiter = new HeavyWorkLimiter({ maxConcurrent: 1, maxQueue: 5, queueTimeoutMs: 10_000 });
    const g = gate();
    expect(await codeOf(limiter.run('network', g.work, new Deadline(20)))).toBe('REQUEST_TIMEOUT');
    expect(limiter.load.running).toBe(1);
    // A waiter whose deadline comes before the queue timeout gets REQUEST_TIMEOUT too.
    expect(await codeOf(limiter.run('network', g.work, new Deadline(20)))).toBe('REQUEST_TIMEOUT');
    g.open('done');
    await new Promise((r) => setImmediate(r));
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const limiter = new HeavyWorkLimiter({ maxConcurrent: 1, maxQueue: 0, queueTimeoutMs: 10 });
    await expect(limiter.run('network', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('network', async () => 'next')).toBe('next');
  });
});
