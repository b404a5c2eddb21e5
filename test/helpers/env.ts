import { loadConfig, type Config } from '../../src/config.js';

/**
 * The config tests run with: the test Neo4j started by scripts/test.mjs, no seeding by the
 * server, and no rate limits (every test client is 127.0.0.1; the rate-limit tests set their own).
 */
export function testConfig(overrides: Record<string, string> = {}): Readonly<Config> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: run the tests with `npm test`, which starts the test Neo4j');
  return loadConfig({ ...process.env, PORT: '0', SEED_ON_START: 'false', LOG_LEVEL: 'silent', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0', ...overrides });
}
