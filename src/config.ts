import path from 'node:path';
import { REPO_ROOT } from './paths.js';
import { ConfigError, ENV_VARIABLES, parseEnv, type Env } from './config/env.js';
import { readOrCreateSecretFile } from './config/secret-file.js';

/**
 * The only reader of `process.env`. Validated once at start-up into a frozen, typed object; a
 * wrong value stops start-up with a message naming the variable. `.env.example` lists them all;
 * src/config/env.ts holds each variable's type, range and default.
 */
export { ConfigError, ENV_VARIABLES, type Env };

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
  /**
   * HS256 secret: tokens minted by `npm run token` (issuer loci-graph). JWT_SECRET when set;
   * otherwise the random secret kept in JWT_SECRET_FILE, read (or generated, mode 0600) the first
   * time this property is read, so that merely loading the config writes no file.
   */
  readonly jwtSecret: string;
  /** Where jwtSecret comes from: the environment, or the file (absolute path) generated on this machine. */
  jwtSecretSource: { kind: 'env' } | { kind: 'file'; file: string };
  /** An identity provider's keys, for its RS/ES/PS/EdDSA tokens; unset: HS256 tokens only. */
  jwks?: { url: string; issuer: string; audience: string };
  /** Claims that carry the role (editor|admin) and the organisation id. */
  claims: { role: string; organisation: string };
  maxPageSize: number;
  introspection: boolean;
  /** Query limits, all checked before any database work (src/graphql/query-limits.ts). */
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxExpensiveFields: number; maxTokens: number; maxBodySize: string };
  /** Bounds of the network queries (defaults in src/config/network-limits.ts). */
  network: {
    maxDepth: number;
    maxNeighbours: number;
    maxNeighbourhoodNodes: number;
    maxNeighbourhoodEdges: number;
    maxPathLength: number;
    maxPaths: number;
    maxPeers: number;
    maxNetworkNodes: number;
    maxNetworkEdges: number;
    betweennessWork: number;
    maxBrokers: number;
  };
  http: {
    /** Origins allowed to call the API from a browser; `*` allows any; empty: same origin only. */
    corsOrigins: string[];
    trustProxy: boolean | number | string;
    /** Requests per window per client IP and per token subject; 0 turns that limit off. */
    rateLimit: { windowMs: number; perIp: number; perSubject: number };
  };
  /** How often a database known to be down is probed (requests fail fast meanwhile). */
  dbProbeIntervalMs: number;
  /** Subscriptions (GraphQL over SSE and WebSocket) and the change feed they read (src/changes). */
  subscriptions: {
    /** Open subscriptions per process, and per client IP; 0 turns subscriptions off. */
    max: number;
    perIp: number;
    heartbeatMs: number;
    /** A WebSocket connection with no subscription for this long is closed. */
    idleTimeoutMs: number;
    /** Unread changes one subscriber may have before it is dropped (SLOW_CONSUMER). */
    queueMax: number;
    /** The change feed's poll interval: the shortest (while changes arrive) and the longest (quiet graph). */
    pollMinMs: number;
    pollMaxMs: number;
    /** networkChanged sends at most one event per this interval. */
    networkIntervalMs: number;
  };
  /** A GraphQL request (or export) still running after this is answered REQUEST_TIMEOUT; its database work stops. */
  requestTimeoutMs: number;
  /** Heavy work (network, paths, exports): how much runs at once, how much may wait and how long (src/network/heavy-work.ts). */
  heavy: { maxConcurrent: number; maxQueue: number; queueTimeoutMs: number; cacheTtlMs: number };
  /** The performance tricks, each on unless turned off to measure what it saves (docs/PERFORMANCE.md). */
  performance: {
    /** graphql-jit executes operations (src/execution/jit-gateway.ts). */
    jit: boolean;
    /** Selection-derived plans are memoised per operation (src/execution/selection-memo.ts). */
    selectionMemo: boolean;
    /** Statements start without the driver's caller stack (src/execution/caller-stack.ts). */
    skipCallerStacks: boolean;
    /** POST /graphql skips Express's router (src/http/graphql-endpoint/fast-path.ts). */
    fastPath: boolean;
    /** /graphql's handlers run as one layer (src/http/graphql-endpoint/chain.ts). */
    chain: boolean;
    /** Requests and responses are born with Express's prototypes (appMessageClasses). */
    bornPrototypes: boolean;
  };
}

/** Reads and validates `env` (default `process.env`); throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const e = parseEnv(env);
  const config: Omit<Config, 'jwtSecret'> = {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: neo4jSection(e),
    seedOnStart: e.SEED_ON_START,
    ...tokenSection(e),
    maxPageSize: e.MAX_PAGE_SIZE,
    introspection: e.INTROSPECTION,
    limits: limitsSection(e),
    network: networkSection(e),
    http: httpSection(e),
    dbProbeIntervalMs: e.DB_PROBE_INTERVAL_MS,
    subscriptions: subscriptionsSection(e),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    heavy: heavySection(e),
    performance: {
      jit: e.GRAPHQL_JIT,
      selectionMemo: e.SELECTION_MEMO,
      skipCallerStacks: e.SKIP_CALLER_STACKS,
      fastPath: e.HTTP_FAST_PATH,
      chain: e.HTTP_CHAIN,
      bornPrototypes: e.HTTP_BORN_PROTOTYPES,
    },
  };
  return Object.freeze(defineJwtSecret(config, e.JWT_SECRET));
}

function neo4jSection(e: Env): Config['neo4j'] {
  return {
    uri: e.NEO4J_URI,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    local: { port: e.NEO4J_PORT, dataDir: e.NEO4J_DATA_DIR, heap: e.NEO4J_HEAP, pageCache: e.NEO4J_PAGECACHE },
  };
}

function tokenSection(e: Env): Pick<Config, 'jwtSecretSource' | 'jwks' | 'claims'> {
  return {
    jwtSecretSource: e.JWT_SECRET ? { kind: 'env' } : { kind: 'file', file: path.resolve(REPO_ROOT, e.JWT_SECRET_FILE) },
    jwks: e.JWKS_URL ? { url: e.JWKS_URL, issuer: e.JWT_ISSUER!, audience: e.JWT_AUDIENCE! } : undefined,
    claims: { role: e.JWT_ROLE_CLAIM, organisation: e.JWT_ORG_CLAIM },
  };
}

function limitsSection(e: Env): Config['limits'] {
  return {
    maxDepth: e.MAX_QUERY_DEPTH,
    maxCost: e.MAX_QUERY_COST,
    maxAliases: e.MAX_QUERY_ALIASES,
    maxExpensiveFields: e.MAX_EXPENSIVE_FIELDS,
    maxTokens: e.MAX_QUERY_TOKENS,
    maxBodySize: e.MAX_BODY_SIZE,
  };
}

function networkSection(e: Env): Config['network'] {
  return {
    maxDepth: e.MAX_NEIGHBOURHOOD_DEPTH,
    maxNeighbours: e.MAX_NEIGHBOURS,
    maxNeighbourhoodNodes: e.MAX_NEIGHBOURHOOD_NODES,
    maxNeighbourhoodEdges: e.MAX_NEIGHBOURHOOD_EDGES,
    maxPathLength: e.MAX_PATH_LENGTH,
    maxPaths: e.MAX_PATHS,
    maxPeers: e.MAX_PEERS,
    maxNetworkNodes: e.MAX_NETWORK_NODES,
    maxNetworkEdges: e.MAX_NETWORK_EDGES,
    betweennessWork: e.NETWORK_BETWEENNESS_WORK,
    maxBrokers: e.MAX_BROKERS,
  };
}

function httpSection(e: Env): Config['http'] {
  return {
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, perIp: e.RATE_LIMIT_PER_IP, perSubject: e.RATE_LIMIT_PER_SUBJECT },
  };
}

function subscriptionsSection(e: Env): Config['subscriptions'] {
  return {
    max: e.SUBSCRIPTIONS_MAX,
    perIp: e.SUBSCRIPTIONS_PER_IP,
    heartbeatMs: e.SUBSCRIPTION_HEARTBEAT_MS,
    idleTimeoutMs: e.SUBSCRIPTION_IDLE_TIMEOUT_MS,
    queueMax: e.SUBSCRIPTION_QUEUE_MAX,
    pollMinMs: e.CHANGE_POLL_MIN_MS,
    pollMaxMs: Math.max(e.CHANGE_POLL_MAX_MS, e.CHANGE_POLL_MIN_MS),
    networkIntervalMs: 1_000,
  };
}

function heavySection(e: Env): Config['heavy'] {
  return {
    maxConcurrent: e.HEAVY_MAX_CONCURRENT,
    maxQueue: e.HEAVY_MAX_QUEUE,
    queueTimeoutMs: e.HEAVY_QUEUE_TIMEOUT_MS,
    cacheTtlMs: e.NETWORK_CACHE_TTL_MS,
  };
}

/**
 * Adds `jwtSecret`: the variable's value, or a getter that reads (or creates) the secret file on
 * first use and keeps it. A getter, not a value, so that loading the config (unit tests, tools that
 * never verify a token) writes no file.
 */
function defineJwtSecret(config: Omit<Config, 'jwtSecret'>, fromEnv: string | undefined): Config {
  const source = config.jwtSecretSource;
  let secret = fromEnv;
  return Object.defineProperty(config, 'jwtSecret', {
    enumerable: true,
    get: () => (secret ??= readOrCreateSecretFile(source.kind === 'file' ? source.file : '')),
  }) as Config;
}
