import neo4j from 'neo4j-driver';
import { neo4jUriFromEnv, serveUntilSignalled } from '../serve-process.js';
import { createNeo4jGraphqlServer } from './server.js';

/** Process entry of the @neo4j/graphql server, for the benchmark runner (see ../serve-process.ts). */
const uri = neo4jUriFromEnv();
// LOCI Graph's pool and timeouts (src/neo4j/driver.ts); Integers stay lossless, as the library expects.
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
  maxTransactionRetryTime: 5_000,
  logging: { level: 'warn', logger: () => undefined },
});
await serveUntilSignalled(await createNeo4jGraphqlServer({ driver }), driver);
