import { RequestTimeoutError, ServerBusyError } from '../errors.js';
import type { Deadline } from '../neo4j/deadline.js';

/** The bounds of a HeavyWorkLimiter (config.heavy). */
export interface HeavyWorkBounds {
  /** Computations that run at once. */
  maxConcurrent: number;
  /** Computations that may wait for a free slot; one more is refused at once. */
  maxQueue: number;
  /** Longest wait for a slot before a refusal. */
  queueTimeoutMs: number;
}

interface Waiter {
  start(): void;
  timer: NodeJS.Timeout;
}

/**
 * A process-wide semaphore with a bounded FIFO queue for heavy computations: whole networks,
 * shortest paths, exports. What it protects is Neo4j's connection pool and the one metrics
 * worker from a client that asks for many at once: past the bounds, a request is refused with
 * SERVER_BUSY (HTTP 503, Retry-After) instead of piling up, and readers of small things keep
 * their latency. p-limit and p-queue were the candidates; neither refuses when its queue is full
 * or takes a waiter out of its queue after a time, the two things this needs, and with both a
 * semaphore is these few lines.
 *
 * Create one per server; it holds no timers while idle.
 */
export class HeavyWorkLimiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly bounds: HeavyWorkBounds) {}

  /** Computations running now and waiting now (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Runs `work` when a slot is free. Rejects with SERVER_BUSY (naming `field`) when the queue
   * is full or no slot freed within queueTimeoutMs, and with REQUEST_TIMEOUT when `deadline`
   * passes first, while waiting or while `work` runs. The slot is held until `work` itself
   * settles, also when the caller gave up on it: abandoned work still counts against the limit,
   * so a client cannot exceed it by timing out.
   */
  async run<T>(field: string, work: () => Promise<T>, deadline?: Deadline): Promise<T> {
    await this.acquire(field, deadline);
    const task = Promise.resolve().then(work).finally(() => this.release());
    return deadline ? deadline.race(task) : task;
  }

  private acquire(field: string, deadline: Deadline | undefined): Promise<void> {
    if (this.running < this.bounds.maxConcurrent && this.waiting.length === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.bounds.maxQueue) return Promise.reject(this.busy(field));
    const left = deadline?.remainingMs() ?? Infinity;
    const byDeadline = left < this.bounds.queueTimeoutMs;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(byDeadline ? new RequestTimeoutError(deadline!.timeoutMs) : this.busy(field));
        }, Math.max(0, byDeadline ? left : this.bounds.queueTimeoutMs)),
      };
      this.waiting.push(waiter);
    });
  }

  /** The slot passes straight to the first waiter, so `running` never dips below the limit while some wait. */
  private release(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.start();
  }

  private busy(field: string): ServerBusyError {
    return new ServerBusyError(field, Math.max(1, Math.ceil(this.bounds.queueTimeoutMs / 1000)));
  }
}
