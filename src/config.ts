import { z } from 'zod';

/**
 * The only reader of `process.env`. Validated once at start-up into a frozen, typed object; a
 * wrong value stops start-up with a message naming the variable. `.env.example` lists them all.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) =>
  z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(min).max(max);
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

export const DEV_JWT_SECRET = 'loci-graph-development-secret-do-not-use-in-production';

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
  MAX_PAGE_SIZE: int(1, 10_000).default(100),
  INTROSPECTION: bool.default(true),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  neo4j: {
    /** Unset: the project starts its own local Neo4j (see scripts/local-neo4j.mjs). */
    uri?: string;
    user: string;
    password: string;
    database: string;
    transactionTimeoutMs: number;
    local: { port: number; dataDir: string; heap: string; pageCache: string };
  };
  seedOnStart: boolean;
  jwtSecret: string;
  maxPageSize: number;
  introspection: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates `env` (default `process.env`); throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: must be set when NODE_ENV=production');
  }
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      local: { port: e.NEO4J_PORT, dataDir: e.NEO4J_DATA_DIR, heap: e.NEO4J_HEAP, pageCache: e.NEO4J_PAGECACHE },
    },
    seedOnStart: e.SEED_ON_START,
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    maxPageSize: e.MAX_PAGE_SIZE,
    introspection: e.INTROSPECTION,
  });
}
