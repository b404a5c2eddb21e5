import neo4j, { type Driver } from 'neo4j-driver';

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
