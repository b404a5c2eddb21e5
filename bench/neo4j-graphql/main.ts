import neo4j from 'neo4j-driver';
import { createNeo4jGraphqlServer } from './server.js';

/**
 * Process entry of the @neo4j/graphql server, for the benchmark runner: NEO4J_URI and PORT from
 * the environment (HOST 127.0.0.1); prints `listening <port>` once it accepts requests.
 */
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is not set');
// LOCI Graph's pool and timeouts (src/neo4j/driver.ts); Integers stay lossless, as the library expects.
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
  maxTransactionRetryTime: 5_000,
  logging: { level: 'warn', logger: () => undefined },
});
const server = await createNeo4jGraphqlServer({ driver });
const port = await server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
console.log(`listening ${port}`);

const stop = async () => {
  await server.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
