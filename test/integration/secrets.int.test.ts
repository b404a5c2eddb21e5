import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// Fail closed on secrets: no string in the code signs a token the server accepts, every token
// carries exp and iat, a server open to the network needs a real secret, and the playground
// cannot be framed. The suite runs without JWT_SECRET, as `npm start` does (scripts/test.mjs).

const QUERY = '{ __typename }';

/** Every string literal of 16 or more characters on one line of the files under `dirs`. */
function stringLiterals(dirs: string[]): string[] {
  const found = new Set<string>();
  for (const dir of dirs) {
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(ts|mjs|js)$/.test(entry.name)) continue;
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const match of text.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
        if (match[2].length >= 16) found.add(match[2]);
      }
    }
  }
  return [...found];
}

/** An admin token as `npm run token` makes them, signed with `secret`; `claims` can drop exp or iat. */
function adminToken(secret: string, { exp = '1h', iat = true }: { exp?: string | number | null; iat?: boolean } = {}): Promise<string> {
  const jwt = new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('forger').setIssuer('loci-graph');
  if (iat) jwt.setIssuedAt();
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (d) => ((output += d), (stdout += d)));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, stdout });
    });
  });
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('tokens', () => {
  it('refuses a token signed with any string literal of 16+ characters in the code', async () => {
    expect(api.config.jwtSecretSource.kind).toBe('file'); // the case the published secret used to cover
    const literals = stringLiterals(['src', 'scripts']);
    expect(literals.length).toBeGreaterThan(100);
    const accepted: string[] = [];
    for (let i = 0; i < literals.length; i += 20) {
      await Promise.all(
        literals.slice(i, i + 20).map(async (literal) => {
          const res = await api.gql(QUERY, {}, { token: await adminToken(literal) });
          if (res.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') accepted.push(literal);
        }),
      );
    }
    expect(accepted).toEqual([]);
    // The check can fail: the server's own secret signs a token it accepts.
    expect((await api.gql(QUERY, {}, { token: await adminToken(api.config.jwtSecret) })).errors).toBeUndefined();
  });

  it('refuses a token without exp, and one without iat', async () => {
    const noExp = await api.gql(QUERY, {}, { token: await adminToken(api.config.jwtSecret, { exp: null }) });
    expect(noExp.status).toBe(401);
    expect(noExp.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(noExp.errors?.[0]?.message).toMatch(/exp/);
    const noIat = await api.gql(QUERY, {}, { token: await adminToken(api.config.jwtSecret, { iat: false }) });
    expect(noIat.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('allows 30 s of clock difference on exp, not more', async () => {
    const now = Math.floor(Date.now() / 1000);
    const justExpired = await api.gql(QUERY, {}, { token: await adminToken(api.config.jwtSecret, { exp: now - 10 }) });
    expect(justExpired.errors).toBeUndefined();
    const expired = await api.gql(QUERY, {}, { token: await adminToken(api.config.jwtSecret, { exp: now - 60 }) });
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('`npm run token` signs with the secret the server generated, with iat and the exp asked for', async () => {
    const { code, stdout, output } = await run(['src/cli/token.ts', '--', '--role', 'admin', '--expires', '5m'], {});
    expect(code, output).toBe(0);
    const token = stdout.trim();
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(300);
    expect((await api.gql(QUERY, {}, { token })).errors).toBeUndefined();
  }, 180_000);
});

describe('start-up', () => {
  it('stops when HOST is not loopback and neither JWT_SECRET nor JWKS_URL is set, naming both', async () => {
    const { code, output } = await run(['src/main.ts'], { HOST: '0.0.0.0', PORT: '0', JWT_SECRET: '', JWKS_URL: '', LOG_LEVEL: 'info' });
    expect(code).toBe(1);
    expect(output).toMatch(/JWT_SECRET, JWKS_URL: one must be set when HOST=0\.0\.0\.0/);
    expect(output).not.toMatch(/LOCI Graph listening/);
  }, 180_000);
});

describe('HTTP', () => {
  it('serves the playground with frame-ancestors none and X-Frame-Options DENY', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
