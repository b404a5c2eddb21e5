// Subscribers for `npm run loadtest -- --subscribers N`: N GraphQL-over-SSE streams of
// `nodeChanged(types: [Theme])` held open while the writers write. Each records the themes of the
// run it is told about and how long after its commit each arrived (the change's `at`, same
// machine), so the load test can check that every acknowledged write reached every subscriber.

const SUBSCRIPTION = JSON.stringify({ query: 'subscription { nodeChanged(types: [Theme]) { sequence at kind node { id } } }' });

/** Reads server-sent events from a fetch body: calls `onEvent(event, data)` for each complete one. */
async function readEvents(body, onEvent) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data += line.slice(5).trim();
      }
      if (data) onEvent(event, data);
    }
  }
}

/**
 * Opens `count` streams against `base`; resolves once all are open. `stop()` closes them and
 * returns what each received: `{ received: Set<id>[], latenciesMs: number[], failures: string[] }`.
 */
export async function openSubscribers(base, count, run) {
  const controllers = [];
  const received = [];
  const latenciesMs = [];
  const failures = [];
  const reading = [];
  for (let i = 0; i < count; i++) {
    const seen = new Set();
    received.push(seen);
    const controller = new AbortController();
    controllers.push(controller);
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: SUBSCRIPTION, signal: controller.signal });
    if (res.status !== 200) {
      failures.push(`subscriber ${i}: HTTP ${res.status} ${await res.text()}`);
      continue;
    }
    reading.push(
      readEvents(res.body, (event, data) => {
        if (event !== 'next') return;
        const change = JSON.parse(data).data?.nodeChanged;
        if (!change || change.kind !== 'CREATED' || !change.node.id.startsWith(run)) return;
        seen.add(change.node.id);
        latenciesMs.push(Date.now() - Date.parse(change.at));
      }).catch((error) => {
        if (error.name !== 'AbortError') failures.push(`subscriber ${i}: ${error.message}`);
      }),
    );
  }
  return {
    async stop() {
      for (const c of controllers) c.abort();
      await Promise.allSettled(reading);
      return { received, latenciesMs, failures };
    },
  };
}

/** The p-th percentile (0..100) of `values`, or null when there are none. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
