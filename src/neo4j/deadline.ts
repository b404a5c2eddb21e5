import { RequestTimeoutError } from '../errors.js';

/**
 * When one request must be finished by (REQUEST_TIMEOUT_MS after it started). Every wait of the
 * request bounds itself by it: database statements get it as their transaction timeout, so Neo4j
 * stops them (and rolls back their writes) when it passes; a wait for a heavy-work slot or for
 * the metrics worker gives up at it. Create one per request.
 */
export class Deadline {
  readonly at: number;

  constructor(readonly timeoutMs: number, startedAt: number = Date.now()) {
    this.at = startedAt + timeoutMs;
  }

  /** Milliseconds left; 0 or less once passed. */
  remainingMs(): number {
    return this.at - Date.now();
  }

  /** Throws REQUEST_TIMEOUT once the deadline has passed. */
  assertNotPassed(): void {
    if (this.remainingMs() <= 0) throw new RequestTimeoutError(this.timeoutMs);
  }

  /**
   * Resolves as `work` does, or rejects with REQUEST_TIMEOUT when the deadline comes first. The
   * work itself goes on (it cannot be stopped from here): callers that must bound it keep their
   * own hold on it (see HeavyWorkLimiter.run).
   */
  race<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(this.timeoutMs)), Math.max(0, this.remainingMs()));
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
  }
}
