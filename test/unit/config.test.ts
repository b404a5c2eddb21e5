import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError, DEV_JWT_SECRET } from '../../src/config.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', seedOnStart: true, maxPageSize: 100, introspection: true, jwtSecret: DEV_JWT_SECRET });
    expect(config.neo4j).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j', local: { port: 7687, dataDir: '.data/neo4j' } });
  });

  it('names each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_START: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: must be a number/);
    expect(attempt).toThrow(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/);
    expect(attempt).toThrow(/SEED_ON_START: must be true or false/);
  });

  it('refuses to run in production with the development secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
