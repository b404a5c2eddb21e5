import neo4j, { type Driver } from 'neo4j-driver';
import { PING_STATEMENT } from './ping.cypher.js';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * Creates the process-wide driver. Integers come back as JS numbers: every integer this model
 * stores (counts, years, scores) is far below 2^53.
 */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when the database is down: the API answers SERVICE_UNAVAILABLE instead of hanging.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    logging: { level: 'warn', logger: () => undefined },
  });
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function isDatabaseReady(driver: Driver, database: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    await withTimeout(driver.executeQuery(PING_STATEMENT, {}, { database }), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
