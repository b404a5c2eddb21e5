import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES, loadConfig, ConfigError } from '../../src/config.js';
import { REPO_ROOT } from '../../src/paths.js';

/** `.env.example` lists every variable the server reads, and its values are the defaults. */
const lines = fs.readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8').split('\n');
const listed = new Map(
  lines
    .map((l) => /^#?\s?([A-Z][A-Z0-9_]+)=(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2]]),
);

describe('.env.example', () => {
  it('lists every variable of src/config.ts', () => {
    const missing = ENV_VARIABLES.filter((v) => !listed.has(v));
    expect(missing).toEqual([]);
  });

  it('gives values the server accepts, equal to its defaults', () => {
    const active = Object.fromEntries(lines.map((l) => /^([A-Z][A-Z0-9_]+)=(.*)$/.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => [m[1], m[2]]));
    expect(loadConfig(active)).toEqual(loadConfig({}));
  });
});

describe('security configuration', () => {
  it('requires JWT_ISSUER and JWT_AUDIENCE with JWKS_URL, and https for a remote JWKS', () => {
    expect(() => loadConfig({ JWKS_URL: 'https://idp.example.org/jwks.json' })).toThrow(/JWT_ISSUER, JWT_AUDIENCE/);
    expect(() => loadConfig({ JWKS_URL: 'http://idp.example.org/jwks.json', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' })).toThrow(ConfigError);
    expect(loadConfig({ JWKS_URL: 'http://127.0.0.1:9000/jwks.json', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' }).jwks).toEqual({ url: 'http://127.0.0.1:9000/jwks.json', issuer: 'i', audience: 'a' });
  });

  it('reads limits, CORS origins, trust proxy and rate limits', () => {
    const config = loadConfig({ MAX_QUERY_DEPTH: '8', CORS_ORIGINS: 'https://a.example, https://b.example', TRUST_PROXY: '1', RATE_LIMIT_PER_IP: '0', INTROSPECTION: 'false', MAX_NETWORK_NODES: '500' });
    expect(config.limits.maxDepth).toBe(8);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.http.trustProxy).toBe(1);
    expect(config.http.rateLimit.perIp).toBe(0);
    expect(config.introspection).toBe(false);
    expect(config.network.maxNetworkNodes).toBe(500);
  });

  it('refuses a body size it cannot read', () => {
    expect(() => loadConfig({ MAX_BODY_SIZE: 'lots' })).toThrow(/MAX_BODY_SIZE/);
  });
});
