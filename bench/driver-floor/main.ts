import { createDriver } from '../../src/neo4j/driver.js';
import { createFloorServer } from './server.js';

/**
 * Process entry of the driver floor, for the benchmark runner: NEO4J_URI and PORT from the
 * environment (HOST 127.0.0.1); prints `listening <port>` once it accepts requests.
 */
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is not set');
// The same driver settings as LOCI Graph's (src/neo4j/driver.ts), pool size included.
const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
const server = createFloorServer({ driver });
const port = await server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
console.log(`listening ${port}`);

const stop = async () => {
  await server.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
