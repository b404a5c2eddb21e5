import 'reflect-metadata';
import { loadConfig, ConfigError } from './config.js';
import { createLogger } from './logger.js';
import { createDriver } from './neo4j/driver.js';
import { loadLocalNeo4j, type LocalNeo4j } from './neo4j/local.js';
import { prepareDatabaseWhenReachable } from './neo4j/prepare.js';
import { Preparation } from './neo4j/preparation.js';
import { buildLociSchema } from './schema/schema.js';
import { createServer } from './server.js';
import { seederOf } from './seed/import.js';
import { SEEDS_DIR } from './paths.js';

/** Bootstrap only: config -> Neo4j (given or local) -> driver -> schema -> server -> listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.jwtSecretSource.kind === 'file') {
    // Read (or generated) now, so that a bad secret file stops start-up rather than the first request.
    void config.jwtSecret;
    logger.info({ file: config.jwtSecretSource.file }, 'JWT_SECRET is not set: tokens are signed with the random secret kept in this file (npm run token uses it too)');
  }

  let local: LocalNeo4j | undefined;
  let credentials = { uri: config.neo4j.uri ?? '', user: config.neo4j.user, password: config.neo4j.password };
  if (!config.neo4j.uri) {
    const { startLocalNeo4j } = await loadLocalNeo4j();
    local = await startLocalNeo4j({ ...config.neo4j.local, log: (m) => logger.info(m) });
    // The local Neo4j's own random password, from its data folder (NEO4J_USER/NEO4J_PASSWORD are for NEO4J_URI).
    credentials = { uri: local.uri, user: local.user, password: local.password };
  }
  const driver = createDriver(credentials);
  const preparation = new Preparation('migrating');
  const server = await createServer({ config, driver, schema: await buildLociSchema(), logger, preparation });
  const port = await server.listen(config.port, config.host);
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  // Listening before the database is prepared, so /health and /ready answer meanwhile; the
  // "ready" line below comes only once migrations and the seed import are done.
  console.log(`LOCI Graph listening on ${base}: preparing the database (${base}/ready answers 200 once it is ready)`);

  const preparing = new AbortController();
  void prepareDatabaseWhenReachable(driver, config, logger, { signal: preparing.signal, preparation, seeder: seederOf(SEEDS_DIR) }).then((prepared) => {
    if (prepared) console.log(`LOCI Graph ${base}/graphql ready  (health ${base}/health, ready ${base}/ready)  Neo4j ${credentials.uri}`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    preparing.abort();
    await server.stop();
    logger.info('requests drained; closing the database driver');
    await driver.close();
    if (local?.startedByUs) {
      logger.info('stopping the local Neo4j this process started');
      await (await loadLocalNeo4j()).stopLocalNeo4j({ dataDir: config.neo4j.local.dataDir });
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
