/**
 * Groups what `source` yields into arrays, yielding at most one every `intervalMs` (the first
 * as soon as something arrives). `select` may narrow each batch (e.g. with one database read);
 * an empty result is not yielded. Ending the returned iterator ends `source`.
 */
export async function* batchByInterval<T>(source: AsyncIterableIterator<T>, intervalMs: number, select: (batch: T[]) => Promise<T[]>): AsyncGenerator<T[]> {
  let buffer: T[] = [];
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  void (async () => {
    try {
      for await (const item of { [Symbol.asyncIterator]: () => source }) {
        buffer.push(item);
        signal();
      }
    } catch (error) {
      failure = error;
    } finally {
      ended = true;
      signal();
    }
  })();
  let lastYield = 0;
  try {
    for (;;) {
      if (buffer.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      if (buffer.length === 0 && ended) {
        if (failure) throw failure;
        return;
      }
      const wait = lastYield + intervalMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const batch = buffer;
      buffer = [];
      const selected = await select(batch);
      if (selected.length === 0) continue;
      lastYield = Date.now();
      yield selected;
    }
  } finally {
    await source.return?.();
  }
}
