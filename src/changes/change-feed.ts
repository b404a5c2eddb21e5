import type { Executor } from '../neo4j/executor.js';
import type { Logger } from '../logger.js';
import type { ChangeEvent } from './change.model.js';
import { findChangesAfter, findLatestSequence } from './changes.repository.js';
import { ChangeStream } from './change-stream.js';

export interface ChangeFeedOptions {
  /** Poll interval while changes arrive; it doubles on each empty poll up to `maxIntervalMs`. */
  minIntervalMs: number;
  maxIntervalMs: number;
  /** Changes read per poll. */
  batchSize: number;
  /** Unread changes one subscriber may have before it is dropped. */
  maxQueued: number;
}

/** A subscriber's wish: which changes, from where. */
export interface FeedSubscription {
  /** Deliver changes after this sequence (a resumed client); null: from now on. */
  after: number | null;
  accepts(change: ChangeEvent): boolean;
}

/**
 * The change feed of one process: a single poller reads new audit entries from Neo4j (so every
 * replica behind a load balancer sees every change, whichever replica wrote it) and hands each to
 * the subscribers that want it. It polls only while someone listens, backing off when the graph
 * is quiet. Create one per process; close() stops it.
 */
interface Subscriber {
  stream: ChangeStream;
  accepts: (c: ChangeEvent) => boolean;
  /** Changes up to this sequence came to it from the replay, not the poller. */
  from: number;
  /** While its replay is read: new changes wait here, so that they follow the replayed ones. */
  pending: ChangeEvent[] | null;
}

export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private last: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private interval: number;
  private polling = false;
  private closed = false;

  constructor(
    private readonly executor: Executor,
    private readonly options: ChangeFeedOptions,
    private readonly logger: Logger,
  ) {
    this.interval = options.minIntervalMs;
  }

  /** Open subscribers in this process. */
  get size(): number {
    return this.subscribers.size;
  }

  /**
   * A stream of the changes `subscription` accepts: first those after its `after` sequence that
   * were committed before it joined (read from Neo4j, in pages), then each new one as it is polled.
   */
  async subscribe(subscription: FeedSubscription): Promise<AsyncIterableIterator<ChangeEvent>> {
    const joinedAt = await this.currentSequence();
    const after = subscription.after;
    const entry: Subscriber = { stream: null as unknown as ChangeStream, accepts: subscription.accepts, from: joinedAt, pending: null };
    entry.stream = new ChangeStream(this.options.maxQueued, () => {
      this.subscribers.delete(entry);
    });
    this.subscribers.add(entry);
    this.schedule(this.options.minIntervalMs);
    if (after !== null && after < joinedAt) {
      entry.pending = [];
      try {
        await this.replay(entry.stream, after, joinedAt, subscription.accepts);
      } catch (error) {
        entry.stream.fail(error);
      }
      for (const change of entry.pending) entry.stream.push(change);
      entry.pending = null;
    }
    return entry.stream;
  }

  /** Stops polling and ends every stream. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of [...this.subscribers]) void s.stream.return();
  }

  private async currentSequence(): Promise<number> {
    this.last ??= await findLatestSequence(this.executor);
    return this.last;
  }

  /** Pushes the changes in (after, until] into `stream`, reading them a page at a time. */
  private async replay(stream: ChangeStream, after: number, until: number, accepts: (c: ChangeEvent) => boolean): Promise<void> {
    for (let from = after; from < until; ) {
      const page = await findChangesAfter(this.executor, { after: from, limit: this.options.batchSize });
      if (page.length === 0) break;
      for (const change of page) if (change.sequence <= until && accepts(change)) stream.push(change);
      from = page[page.length - 1].sequence;
    }
  }

  private schedule(delay: number): void {
    if (this.closed || this.timer || this.polling || this.subscribers.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll();
    }, delay);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    this.polling = true;
    let found = 0;
    try {
      const after = await this.currentSequence();
      const changes = await findChangesAfter(this.executor, { after, limit: this.options.batchSize });
      found = changes.length;
      for (const change of changes) this.dispatch(change);
      if (found > 0) this.last = changes[found - 1].sequence;
    } catch (error) {
      this.logger.warn({ err: error }, 'change feed: poll failed; retrying');
    } finally {
      this.polling = false;
    }
    this.interval = found > 0 ? this.options.minIntervalMs : Math.min(this.interval * 2, this.options.maxIntervalMs);
    this.schedule(found === this.options.batchSize ? 0 : this.interval);
  }

  private dispatch(change: ChangeEvent): void {
    for (const s of this.subscribers) {
      if (change.sequence <= s.from || !s.accepts(change)) continue;
      if (s.pending) s.pending.push(change);
      else s.stream.push(change);
    }
  }
}
