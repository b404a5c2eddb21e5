import { GraphQLError } from 'graphql';
import type { ChangeEvent } from './change.model.js';

/** Thrown into a subscriber that fell too far behind: it is dropped, and resumes from its last sequence. */
export class SlowConsumerError extends GraphQLError {
  constructor(max: number) {
    super(`the subscriber fell more than ${max} changes behind and was dropped; subscribe again with after: the last sequence you received`, {
      extensions: { code: 'SLOW_CONSUMER', max },
    });
  }
}

/**
 * One subscriber's queue of changes, read as an async iterator. Bounded: when more than
 * `maxQueued` changes wait unread the stream ends with SlowConsumerError instead of growing,
 * so a reader that stopped reading cannot hold the server's memory.
 */
export class ChangeStream implements AsyncIterableIterator<ChangeEvent> {
  private readonly queue: ChangeEvent[] = [];
  private waiting: ((result: IteratorResult<ChangeEvent>) => void) | null = null;
  private failWaiting: ((error: unknown) => void) | null = null;
  private failure: unknown = null;
  private done = false;

  constructor(
    private readonly maxQueued: number,
    private readonly onClose: () => void,
  ) {}

  /** Queues a change (ignored once the stream has ended). */
  push(change: ChangeEvent): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: change, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueued) return this.fail(new SlowConsumerError(this.maxQueued));
    this.queue.push(change);
  }

  /** Ends the stream with an error the reader receives after what it has already been given. */
  fail(error: unknown): void {
    if (this.done) return;
    this.failure = error;
    this.queue.length = 0;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = null;
      this.close();
      reject(error);
    } else this.close();
  }

  next(): Promise<IteratorResult<ChangeEvent>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<ChangeEvent>> {
    this.close();
    this.queue.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<ChangeEvent>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.done) return;
    this.done = true;
    if (this.waiting && !this.failure) this.waiting({ value: undefined, done: true });
    this.waiting = this.failWaiting = null;
    this.onClose();
  }
}
