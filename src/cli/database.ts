import { loadConfig, ConfigError, type Config } from '../config.js';
import { createDriver } from '../neo4j/driver.js';
import { Executor } from '../neo4j/executor.js';
import { loadLocalNeo4j } from '../neo4j/local.js';

/**
 * Runs a command-line task against the configured Neo4j: NEO4J_URI when set, otherwise the
 * local one (started if needed and left running, as `npm run db:start` would; its password read
 * from its data folder). Exits the process with 1 and the error's message when the task throws.
 */
export async function runWithDatabase(task: (executor: Executor, config: Readonly<Config>) => Promise<void>): Promise<void> {
  let driver;
  try {
    const config = loadConfig();
    // NEO4J_URI with NEO4J_USER/NEO4J_PASSWORD, or the local Neo4j with the password kept in its data folder.
    driver = createDriver(
      config.neo4j.uri
        ? { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password }
        : await (await loadLocalNeo4j()).startLocalNeo4j({ ...config.neo4j.local, log: (m) => console.error(m) }),
    );
    await task(new Executor(driver, config.neo4j.database, 600_000), config);
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await driver?.close();
  }
}
