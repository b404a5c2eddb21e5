import { Worker } from 'node:worker_threads';
import { measureNetwork, withMetrics, type MeasuredNetwork, type NodeMetrics } from './metrics.js';
import type { MetricsTask } from './metrics.worker.js';
import type { NetworkEdge, NetworkNode } from './subgraph.js';

/** Measures a network (see measureNetwork): in a worker thread (MetricsWorker) or in line. */
export type MeasureNetwork = (nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], betweennessWork: number) => Promise<MeasuredNetwork>;

// From the build this module is .js and so is the worker's; run from sources (vitest, tsx) both
// are .ts, and the worker thread first registers tsx (a dev dependency) to load TypeScript.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCES ? './metrics.worker.ts' : './metrics.worker.js', import.meta.url);
const startWorker = () =>
  FROM_SOURCES
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`, { eval: true })
    : new Worker(WORKER_URL);

interface Pending {
  resolve(metrics: NodeMetrics): void;
  reject(error: Error): void;
}

/**
 * A pool of one worker thread that computes betweenness, PageRank and Louvain, so that a whole
 * network's metrics (up to about a second of CPU at NETWORK_BETWEENNESS_WORK) never hold the
 * event loop: other requests are answered meanwhile. Tasks run one after another in the order
 * sent; the numbers are those of measureNetwork (same code, same seeds). The thread starts on
 * first use and is kept for the next; if it dies, its tasks fail and the next task starts a
 * new one. How many tasks may be sent at once is the HeavyWorkLimiter's business.
 *
 * Create one per server; close() ends the thread.
 */
export class MetricsWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** The network's nodes with their metrics, computed in the worker thread. */
  readonly measure: MeasureNetwork = async (nodes, edges, betweennessWork) => {
    const task: MetricsTask = {
      id: ++this.nextId,
      ids: nodes.map((n) => n.id),
      edges: { sources: edges.map((e) => e.source), targets: edges.map((e) => e.target) },
      betweennessWork,
    };
    const metrics = await new Promise<NodeMetrics>((resolve, reject) => {
      this.pending.set(task.id, { resolve, reject });
      this.thread().postMessage(task);
    });
    return withMetrics(nodes, metrics);
  };

  /** Ends the thread; tasks still running fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.failAll(new Error('the metrics worker was closed'));
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.on('message', (message: { id: number; metrics?: NodeMetrics; error?: string }) => {
      const task = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.metrics) task?.resolve(message.metrics);
      else task?.reject(new Error(`network metrics failed in the worker: ${message.error}`));
    });
    const died = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(error);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the metrics worker exited (code ${code})`)));
    // An idle worker must not keep the process alive; a request waiting on it keeps its socket open anyway.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const task of this.pending.values()) task.reject(error);
    this.pending.clear();
  }
}

/** measureNetwork in line, as a MeasureNetwork: for callers without a server (CLI, tests). */
export const measureInline: MeasureNetwork = async (nodes, edges, betweennessWork) => measureNetwork(nodes, edges, betweennessWork);
