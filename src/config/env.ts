import { z } from 'zod';
import { NETWORK_LIMITS } from './network-limits.js';

/**
 * The environment variables the server reads, validated: each variable's type, range and default
 * (src/config.ts turns them into the Config). `.env.example` lists them all.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) =>
  z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(min).max(max);
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
/** A byte size as express.json takes it: 100kb, 1mb, or a number of bytes. */
const byteSize = z.string().regex(/^\d+(b|kb|mb)?$/i, 'must be a size such as 100kb or 1mb');
/** express's `trust proxy`: false, true, a number of hops, or a comma list of addresses/subnets. */
const trustProxy = z.string().transform((v): boolean | number | string => {
  if (['false', '0', 'no'].includes(v)) return false;
  if (['true', 'yes'].includes(v)) return true;
  return /^\d+$/.test(v) ? Number(v) : v;
});
/** An http(s) URL; plain http only for a loopback host (a JWKS fetched in clear text can be forged). */
const jwksUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).refine((v) => {
  const url = new URL(v);
  return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}, 'must use https (plain http only for 127.0.0.1 or localhost)');

/** Hosts that keep the API on this machine: only there may the secret be one this machine made up. */
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_PORT: int(1, 65535).default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'must be a size such as 512m or 1g').default('512m'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'must be a size such as 128m or 1g').default('128m'),
  NEO4J_TX_TIMEOUT_MS: int(100, 600_000).default(15_000),
  SEED_ON_START: bool.default(true),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_SECRET_FILE: z.string().min(1).default('.data/jwt-secret'),
  JWKS_URL: jwksUrl.optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  JWT_ORG_CLAIM: z.string().min(1).default('org'),
  MAX_PAGE_SIZE: int(1, 10_000).default(100),
  INTROSPECTION: bool.default(true),
  MAX_QUERY_DEPTH: int(1, 100).default(12),
  MAX_QUERY_COST: int(1, 1_000_000_000).default(2_000_000),
  MAX_EXPENSIVE_FIELDS: int(1, 100).default(2),
  MAX_QUERY_ALIASES: int(0, 1_000).default(30),
  MAX_QUERY_TOKENS: int(50, 100_000).default(3_000),
  MAX_BODY_SIZE: byteSize.default('100kb'),
  MAX_NEIGHBOURHOOD_DEPTH: int(1, 10).default(NETWORK_LIMITS.maxDepth),
  MAX_NEIGHBOURS: int(1, 10_000).default(NETWORK_LIMITS.maxNeighbours),
  MAX_NEIGHBOURHOOD_NODES: int(1, 100_000).default(NETWORK_LIMITS.maxNeighbourhoodNodes),
  MAX_NEIGHBOURHOOD_EDGES: int(1, 1_000_000).default(NETWORK_LIMITS.maxNeighbourhoodEdges),
  MAX_PATH_LENGTH: int(1, 50).default(NETWORK_LIMITS.maxPathLength),
  MAX_PATHS: int(1, 10_000).default(NETWORK_LIMITS.maxPaths),
  MAX_PEERS: int(1, 1_000).default(NETWORK_LIMITS.maxPeers),
  MAX_NETWORK_NODES: int(1, 100_000).default(NETWORK_LIMITS.maxNetworkNodes),
  MAX_NETWORK_EDGES: int(1, 1_000_000).default(NETWORK_LIMITS.maxNetworkEdges),
  NETWORK_BETWEENNESS_WORK: int(1_000, 10_000_000_000).default(NETWORK_LIMITS.betweennessWork),
  MAX_BROKERS: int(1, 10_000).default(NETWORK_LIMITS.maxBrokers),
  CORS_ORIGINS: list.default([]),
  TRUST_PROXY: trustProxy.default(false),
  RATE_LIMIT_WINDOW_MS: int(1_000, 3_600_000).default(60_000),
  RATE_LIMIT_PER_IP: int(0, 1_000_000).default(600),
  RATE_LIMIT_PER_SUBJECT: int(0, 1_000_000).default(300),
  DB_PROBE_INTERVAL_MS: int(100, 60_000).default(1_000),
  SUBSCRIPTIONS_MAX: int(0, 100_000).default(1_000),
  SUBSCRIPTIONS_PER_IP: int(0, 10_000).default(20),
  SUBSCRIPTION_HEARTBEAT_MS: int(1_000, 300_000).default(15_000),
  SUBSCRIPTION_IDLE_TIMEOUT_MS: int(1_000, 86_400_000).default(60_000),
  SUBSCRIPTION_QUEUE_MAX: int(1, 1_000_000).default(1_000),
  CHANGE_POLL_MIN_MS: int(10, 60_000).default(200),
  CHANGE_POLL_MAX_MS: int(10, 600_000).default(2_000),
  REQUEST_TIMEOUT_MS: int(100, 600_000).default(30_000),
  HEAVY_MAX_CONCURRENT: int(1, 256).default(2),
  HEAVY_MAX_QUEUE: int(0, 10_000).default(16),
  HEAVY_QUEUE_TIMEOUT_MS: int(0, 600_000).default(5_000),
  NETWORK_CACHE_TTL_MS: int(0, 3_600_000).default(10_000),
  // The performance tricks, each on by default; off only to measure what it saves (docs/PERFORMANCE.md).
  GRAPHQL_JIT: bool.default(true),
  SELECTION_MEMO: bool.default(true),
  SKIP_CALLER_STACKS: bool.default(true),
  HTTP_FAST_PATH: bool.default(true),
  HTTP_CHAIN: bool.default(true),
  HTTP_BORN_PROTOTYPES: bool.default(true),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable the server reads (`.env.example` documents each one; a unit test keeps them in step). */
export const ENV_VARIABLES = Object.keys(envSchema.shape) as (keyof Env)[];

/** A wrong setting: its message names each bad variable and what is wrong with it. */
export class ConfigError extends Error {}

/**
 * Parses `env` (empty values count as unset) against the schema, then checks the settings that
 * depend on each other (a production secret, a secret for a non-loopback host, JWKS with its
 * issuer and audience). Throws ConfigError naming each bad variable.
 */
export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  assertTokenSettings(parsed.data);
  return parsed.data;
}

function assertTokenSettings(e: Env): void {
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: must be set when NODE_ENV=production');
  }
  if (!LOOPBACK_HOST.test(e.HOST) && !e.JWT_SECRET && !e.JWKS_URL) {
    throw new ConfigError(
      `Invalid configuration:\n  JWT_SECRET, JWKS_URL: one must be set when HOST=${e.HOST} (not a loopback address): ` +
        'a secret generated on this machine is for local use only',
    );
  }
  if (e.JWKS_URL && (!e.JWT_ISSUER || !e.JWT_AUDIENCE)) {
    throw new ConfigError('Invalid configuration:\n  JWT_ISSUER, JWT_AUDIENCE: must be set with JWKS_URL (tokens of other issuers or audiences must not pass)');
  }
}
