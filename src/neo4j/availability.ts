import { Neo4jError, type Driver } from 'neo4j-driver';
import { PING_STATEMENT } from './ping.cypher.js';

/** Driver error codes that mean "the database cannot be reached", not "this query failed". */
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** True when `error` says the database is unreachable (rather than refusing one query). */
export function isUnreachableError(error: unknown): boolean {
  return error instanceof Neo4jError && UNREACHABLE_CODES.has(error.code);
}

export interface AvailabilityOptions {
  database: string;
  /** How often a database known to be down is probed. */
  probeIntervalMs: number;
  /** How long one probe may take before it counts as unanswered (which does not close the gate). */
  probeTimeoutMs?: number;
}

/**
 * Whether the database is reachable, as last seen. Requests fail fast while it is known to be
 * down (no 5-second driver retry per request); a timer probes it meanwhile and opens the gate
 * again as soon as it answers, so the API recovers without a restart. Create one per process
 * (createServer does) and `close()` it on shutdown.
 *
 * States: `unknown` until the first probe or query, `up`, `down`. Only `down` refuses requests.
 */
export class DatabaseAvailability {
  private state: 'unknown' | 'up' | 'down' = 'unknown';
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: AvailabilityOptions,
  ) {}

  /** False only while the database is known to be unreachable. */
  get isAvailable(): boolean {
    return this.state !== 'down';
  }

  /** Records the outcome of a real query: an unreachable-database error closes the gate. */
  observe(error: unknown): void {
    if (isUnreachableError(error)) this.markDown();
    else if (error === undefined) this.markUp();
  }

  /**
   * Asks the database now (an auto-commit PING_STATEMENT: no driver retries, so a refused
   * connection answers at once) and updates the state: an answer opens the gate, an
   * unreachable-database error (ServiceUnavailable: connection refused or lost) closes it, a
   * probe slower than `probeTimeoutMs` (or any other error) leaves it as it was. Resolves true
   * when it answered in time.
   */
  async probe(): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('probe timed out')), this.options.probeTimeoutMs ?? 2_000);
      });
      await Promise.race([session.run(PING_STATEMENT), timeout]);
      this.markUp();
      return true;
    } catch (error) {
      // Only an unreachable database closes the gate. A slow answer (a busy pool, a loaded
      // machine) is no reason to refuse every request; while the gate is already closed, a slow
      // or failed probe just schedules the next one.
      if (isUnreachableError(error) || this.state === 'down') this.markDown();
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  /** Stops probing; the gate stays as it is. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private markUp(): void {
    this.state = 'up';
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private markDown(): void {
    this.state = 'down';
    if (this.timer || this.closed) return;
    // A failed probe calls markDown again, which schedules the next one.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.probe();
    }, this.options.probeIntervalMs).unref();
  }
}
