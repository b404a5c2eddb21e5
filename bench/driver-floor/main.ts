import { createDriver } from '../../src/neo4j/driver.js';
import { neo4jUriFromEnv, serveUntilSignalled } from '../serve-process.js';
import { createFloorServer } from './server.js';

/** Process entry of the driver floor, for the benchmark runner (see ../serve-process.ts). */
const uri = neo4jUriFromEnv();
// The same driver settings as LOCI Graph's (src/neo4j/driver.ts), pool size included.
const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
await serveUntilSignalled(createFloorServer({ driver }), driver);
