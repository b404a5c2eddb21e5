import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.js';

/** A JWT_SECRET_FILE in a fresh temporary folder (never the developer's .data/). */
function tempSecretFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loci-secret-')), 'sub', 'jwt-secret');
}

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', seedOnStart: true, maxPageSize: 100, introspection: true });
    expect(config.jwtSecretSource).toEqual({ kind: 'file', file: expect.stringMatching(/\/\.data\/jwt-secret$/) });
    expect(config.neo4j).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j', local: { port: 7687, dataDir: '.data/neo4j' } });
  });

  it('names each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_START: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: must be a number/);
    expect(attempt).toThrow(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/);
    expect(attempt).toThrow(/SEED_ON_START: must be true or false/);
  });

  it('refuses to run in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set/);
  });

  it('stops when HOST is not loopback and neither JWT_SECRET nor JWKS_URL is set, naming both', () => {
    for (const HOST of ['0.0.0.0', '192.168.1.10', '::']) {
      expect(() => loadConfig({ HOST })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST })).toThrow(/JWT_SECRET, JWKS_URL: one must be set/);
    }
    expect(loadConfig({ HOST: '0.0.0.0', JWT_SECRET: 'x'.repeat(32) }).host).toBe('0.0.0.0');
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(loadConfig({ HOST }).host).toBe(HOST);
  });

  it('generates a random secret file (0600) on first use when JWT_SECRET is unset, and keeps it', () => {
    const file = tempSecretFile();
    const config = loadConfig({ JWT_SECRET_FILE: file });
    expect(fs.existsSync(file)).toBe(false); // loading the config writes nothing
    const secret = config.jwtSecret;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ JWT_SECRET_FILE: file }).jwtSecret).toBe(secret);
    const other = loadConfig({ JWT_SECRET_FILE: tempSecretFile() }).jwtSecret;
    expect(other).not.toBe(secret);
  });

  it('refuses a secret file others can read', () => {
    const file = tempSecretFile();
    void loadConfig({ JWT_SECRET_FILE: file }).jwtSecret;
    fs.chmodSync(file, 0o644);
    expect(() => loadConfig({ JWT_SECRET_FILE: file }).jwtSecret).toThrow(/readable by other users/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
