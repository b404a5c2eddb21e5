import { parentPort } from 'node:worker_threads';
import { computeMetrics, type EdgeEnds } from './metrics.js';

/** One task of the metrics worker (./metrics-worker.ts sends it, this thread answers it). */
export interface MetricsTask {
  id: number;
  ids: string[];
  edges: EdgeEnds;
  betweennessWork: number;
}

// The worker thread's body: computes each task's metrics and sends them back, typed arrays
// transferred rather than copied. An error goes back as text: the task fails, the worker stays.
parentPort?.on('message', (task: MetricsTask) => {
  try {
    const metrics = computeMetrics(task.ids, task.edges, task.betweennessWork);
    const buffers = [metrics.degree.buffer, metrics.betweenness.buffer, metrics.pagerank.buffer, metrics.community.buffer] as ArrayBuffer[];
    parentPort!.postMessage({ id: task.id, metrics }, buffers);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
