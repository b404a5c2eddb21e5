import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toPlain } from './convert.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What one request cost the database: shown to clients under `extensions.db` on request. */
export interface QueryStats {
  roundTrips: number;
  timeMs: number;
}

/** A write transaction: every `run` is one round trip; the whole callback commits or rolls back. */
export interface WriteTransaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/**
 * The one door to the database. Every Cypher statement goes through `read` or `write`, so round
 * trips are counted in one place and every statement gets the transaction timeout. Create one per
 * request (it carries that request's stats); it holds no connection between calls.
 */
export class Executor {
  readonly stats: QueryStats = { roundTrips: 0, timeMs: 0 };

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  /** Runs one read query (retried on transient errors) and returns plain rows. */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.measure(async () => {
      const result = await this.driver.executeQuery(cypher, params, {
        database: this.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.timeoutMs },
      });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    });
  }

  /**
   * Runs `work` in one managed write transaction: all of it commits, or none of it (a thrown
   * error rolls back). Transient errors retry the whole callback, so it must have no side effects
   * outside the transaction.
   */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(this.wrap(tx)), { timeout: this.timeoutMs });
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): WriteTransaction {
    return {
      run: (cypher, params = {}) =>
        this.measure(async () => {
          const result = await tx.run(cypher, params);
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        }),
    };
  }

  private async measure<T>(call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.stats.roundTrips += 1;
    try {
      return await call();
    } finally {
      this.stats.timeMs += performance.now() - started;
    }
  }
}
