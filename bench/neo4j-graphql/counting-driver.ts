import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/** Statements run for one request. */
export interface RoundTripCounter {
  roundTrips: number;
}

/**
 * A driver-like object for @neo4j/graphql's `context.executionContext` that counts every Cypher
 * statement run through it. The library only calls `session()` on it (then `executeRead` /
 * `executeWrite` and `tx.run`), and reads `executeQueryBookmarkManager`; both are passed through.
 */
export function createCountingDriver(driver: Driver, counter: RoundTripCounter) {
  return {
    executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
    session: (config: Parameters<Driver['session']>[0]) => countingSession(driver.session(config), counter),
  };
}

function countingSession(session: Session, counter: RoundTripCounter): Session {
  const countingTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            counter.roundTrips += 1;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => target[prop]((tx) => work(countingTx(tx)), config as never);
      }
      if (prop === 'run') {
        return (...args: Parameters<Session['run']>) => {
          counter.roundTrips += 1;
          return target.run(...args);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
