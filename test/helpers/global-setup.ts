import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { Executor } from '../../src/neo4j/executor.js';
import { migrate } from '../../src/neo4j/migrations.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { importSeeds } from '../../src/seed/import.js';

/** Once per run: the test database gets the schema and the real LOCI seed data. */
export default async function setup(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set: run the tests with `npm test`, which starts the test Neo4j');
  const driver = createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
  try {
    const executor = new Executor(driver, config.neo4j.database, 300_000);
    await migrate(executor);
    await importSeeds(executor, SEEDS_DIR);
  } finally {
    await driver.close();
  }
}
