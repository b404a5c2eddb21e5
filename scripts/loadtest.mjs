// `npm run loadtest [-- --duration 60 --readers 16 --writers 4]`: a bounded load test on loopback.
//
// Two phases of `--duration` seconds each, in one run: first readers and writers alone, then the
// same readers and writers while one attacking connection sends, in a loop, the heaviest
// operation the query budget allows (a whole network with every metric plus the longest path
// search, a new network limit each time so that no answer can come from the cache). It reports
// the readers' p99 of both phases side by side and fails if the attacked p99 is over 3x the other.
//
// Starts the API (dist/src/main.js, built first) on 127.0.0.1 against NEO4J_URI, or against the
// local Neo4j of NEO4J_PORT / NEO4J_DATA_DIR (started if needed, stopped after if this started it).
// Only loopback addresses are accepted, for the API and the database. Rate limits are off for the
// run (one client IP). For `--duration` seconds (60 by default, 600 at most) it sends mixed reads
// (lists, search, neighbourhoods, nodes by id) and, at the same time, authorised writes (an
// editor's createTheme with a unique id, then connect ABOUT from an initiative its organisation
// coordinates). Afterwards it reads back every acknowledged write (node, relationship and audit
// entries), checks there was no 5xx and that the server's memory (RSS, sampled every 5 s) was
// stable, prints the figures, removes what it wrote, and exits 1 if a check failed.
// `--subscribers N` (default 50) also holds N GraphQL-over-SSE subscriptions open during the run
// and checks that every acknowledged create reached every one of them, with the delivery latency.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { ensureServerBuilt, REPO_ROOT } from './build.mjs';
import { startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.mjs';
import { openSubscribers, percentile } from './loadtest-subscribers.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    readers: { type: 'string', default: '16' },
    writers: { type: 'string', default: '4' },
    subscribers: { type: 'string', default: '50' },
  },
});
const DURATION = Math.min(Number(args.duration), 600);
const READERS = Math.min(Number(args.readers), 200);
const WRITERS = Math.min(Number(args.writers), 50);
const SUBSCRIBERS = Math.min(Number(args.subscribers), 1_000);
if (!(DURATION > 0 && READERS > 0 && WRITERS > 0)) throw new Error('--duration, --readers and --writers must be positive numbers');

const RUN = `loadtest-${Date.now().toString(36)}`;
/** Writes go from this initiative, which the editor's organisation coordinates in the seed data. */
const EDITOR_ORG = 'hivos';
const WRITE_FROM = 'loci';
/** The readers' p99 under attack may be at most this many times their p99 without it. */
const MAX_ATTACK_SLOWDOWN = 3;
/** RSS may grow this much between the first sample after warm-up and the last before a check fails. */
const MAX_RSS_GROWTH = 1.5;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Every subscriber of the run comes from one address: the caps must let them all in. */
const SUBSCRIPTION_CAP = String(Math.max(20, SUBSCRIBERS + 10));
const json = (query, variables) => JSON.stringify({ query, variables });

// ---- Neo4j -------------------------------------------------------------------------------------
let startedNeo4j = null;
let uri = process.env.NEO4J_URI;
// NEO4J_URI's credentials from the environment, or the local Neo4j's own (its password file).
let credentials = {};
if (uri) {
  const host = new URL(uri.replace(/^(neo4j|bolt)(\+s|\+ssc)?:/, 'http:')).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`NEO4J_URI must point at a loopback address for a load test (got ${host})`);
} else {
  const dataDir = process.env.NEO4J_DATA_DIR || '.data/neo4j';
  const neo = await startLocalNeo4j({ port: Number(process.env.NEO4J_PORT ?? 7687), dataDir, heap: process.env.NEO4J_HEAP ?? '1g', pageCache: process.env.NEO4J_PAGECACHE ?? '256m' });
  uri = neo.uri;
  credentials = { NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
  if (neo.startedByUs) startedNeo4j = dataDir;
}

// ---- the API -----------------------------------------------------------------------------------
ensureServerBuilt();
const dist = (file) => pathToFileURL(path.join(REPO_ROOT, 'dist', 'src', file)).href;
const { loadConfig } = await import(dist('config.js'));
const { mintToken } = await import(dist('auth/token.js'));
const childEnv = { ...process.env, ...credentials, NEO4J_URI: uri, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', SEED_ON_START: 'true', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0', SUBSCRIPTIONS_PER_IP: SUBSCRIPTION_CAP, SUBSCRIPTIONS_MAX: SUBSCRIPTION_CAP };
const config = loadConfig(childEnv);
const api = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'src', 'main.js')], { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
let apiOutput = '';
api.stdout.on('data', (d) => (apiOutput += d));
api.stderr.on('data', (d) => (apiOutput += d));
const apiExited = new Promise((resolve) => api.once('exit', resolve));

const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { disableLosslessIntegers: true });
let failed = false;
try {
  const base = await waitForApi();
  const token = await mintToken(config.jwtSecret, { subject: `${RUN}-editor`, role: 'editor', organisationId: EDITOR_ORG, expiresIn: '1h' });
  // Warm-up: one whole network starts the metrics worker thread, whose memory belongs in the
  // baseline the RSS check compares with.
  await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json('{ network { nodes { id betweenness community } } }') });
  const rss = [];
  const sampler = setInterval(() => rss.push(readRss(api.pid)), 5_000);
  console.error(`load test ${RUN}: ${DURATION} s against ${base} (Neo4j ${uri}), ${READERS} reading and ${WRITERS} writing connections`);

  const subscribers = SUBSCRIBERS > 0 ? await openSubscribers(base, SUBSCRIBERS, RUN) : null;
  const reads = { graphqlErrors: 0, codes: {} };
  const writes = { created: new Set(), connected: new Set(), graphqlErrors: 0, codes: {}, counter: 0 };
  const phase = (attack) =>
    Promise.all([
      autocannon({ url: `${base}/graphql`, connections: READERS, duration: DURATION, timeout: 30, requests: readRequests(reads) }),
      autocannon({ url: `${base}/graphql`, connections: WRITERS, duration: DURATION, timeout: 30, requests: writeRequests(writes, token) }),
      attack ? autocannon({ url: `${base}/graphql`, connections: 1, duration: DURATION, timeout: 60, requests: attackRequests(attack, config.network.maxNetworkNodes) }) : null,
    ]);
  const [calmRead, calmWrite] = await phase(null);
  console.error(`without attacker: readers' p99 ${calmRead.latency.p99} ms; now with one attacking connection`);
  const attack = { answered: 0, busy: 0, other: 0, otherCodes: {} };
  const [attackedRead, attackedWrite, attacker] = await phase(attack);
  clearInterval(sampler);
  rss.push(readRss(api.pid));
  const readResult = merge(calmRead, attackedRead);
  const writeResult = merge(calmWrite, attackedWrite);
  // Deliveries trail the last write by a poll interval or two.
  if (subscribers) await sleep(3_000);
  const live = subscribers ? await subscribers.stop() : null;
  const missedDeliveries = live ? live.received.reduce((n, seen) => n + [...writes.created].filter((id) => !seen.has(id)).length, 0) : 0;

  const check = await readBack(driver, [...writes.created], [...writes.connected]);
  const fivexx = count5xx(readResult) + count5xx(writeResult);
  const warm = rss.find((s) => s !== null) ?? null;
  const last = rss.at(-1) ?? null;
  const report = {
    durationSeconds: DURATION * 2,
    requests: { reads: readResult.requests.total, writes: writeResult.requests.total, total: readResult.requests.total + writeResult.requests.total, perSecond: Math.round((readResult.requests.total + writeResult.requests.total) / (DURATION * 2)) },
    errors: {
      connection: readResult.errors + writeResult.errors,
      timeouts: readResult.timeouts + writeResult.timeouts,
      non2xx: readResult.non2xx + writeResult.non2xx,
      http5xx: fivexx,
      graphql: reads.graphqlErrors + writes.graphqlErrors,
      graphqlCodes: { reads: reads.codes, writes: writes.codes },
    },
    latencyMs: {
      readsWithoutAttacker: latency(calmRead),
      readsWithAttacker: latency(attackedRead),
      writesWithoutAttacker: latency(calmWrite),
      writesWithAttacker: latency(attackedWrite),
    },
    attacker: {
      operation: 'network (default caps, every metric, a new limit each time) + paths(maxLength: 10, limit: 100)',
      requests: attacker.requests.total,
      answered: attack.answered,
      refusedServerBusy: attack.busy,
      other: attack.other,
      otherCodes: attack.otherCodes,
      latencyMs: latency(attacker),
    },
    readersP99Ratio: Math.round((attackedRead.latency.p99 / Math.max(1, calmRead.latency.p99)) * 100) / 100,
    writesChecked: { acknowledgedCreates: writes.created.size, acknowledgedConnects: writes.connected.size, missingNodes: check.missingNodes, missingRelationships: check.missingRelationships, auditEntries: check.auditEntries },
    subscriptions: live
      ? { subscribers: SUBSCRIBERS, expectedDeliveries: SUBSCRIBERS * writes.created.size, delivered: live.latenciesMs.length, missedDeliveries, failures: live.failures.slice(0, 5), deliveryLatencyMs: { p50: percentile(live.latenciesMs, 50), p99: percentile(live.latenciesMs, 99), max: percentile(live.latenciesMs, 100) } }
      : null,
    memoryMb: { rssAfterWarmUp: mb(warm), rssAtEnd: mb(last), rssMax: mb(Math.max(...rss.filter((s) => s !== null))), samples: rss.map(mb) },
  };
  console.log(JSON.stringify(report, null, 2));

  const problems = [];
  if (fivexx > 0) problems.push(`${fivexx} responses to readers and writers were 5xx`);
  if (attack.other > 0) problems.push(`${attack.other} attacker requests got neither an answer nor SERVER_BUSY`);
  if (attack.answered === 0) problems.push('the attacker got no answer at all');
  if (report.readersP99Ratio > MAX_ATTACK_SLOWDOWN) problems.push(`readers' p99 was ${report.readersP99Ratio}x slower with the attacker (at most ${MAX_ATTACK_SLOWDOWN}x)`);
  if (report.errors.connection + report.errors.non2xx + report.errors.graphql > 0) problems.push('some requests failed');
  if (check.missingNodes + check.missingRelationships > 0) problems.push('acknowledged writes are missing');
  if (check.auditEntries < writes.created.size + writes.connected.size) problems.push('acknowledged writes lack their audit entries');
  if (writes.created.size === 0) problems.push('no write was acknowledged');
  if (live && (missedDeliveries > 0 || live.failures.length > 0)) problems.push(`subscribers missed ${missedDeliveries} deliveries (${live.failures.length} failed)`);
  if (warm && last && last > warm * MAX_RSS_GROWTH) problems.push(`RSS grew from ${mb(warm)} MB to ${mb(last)} MB`);
  if (problems.length > 0) {
    failed = true;
    console.error(`FAILED: ${problems.join('; ')}`);
  } else {
    console.error(`PASSED: no 5xx for readers and writers, every acknowledged write read back with its audit entries${live ? ` and delivered to all ${SUBSCRIBERS} subscribers` : ''}, memory stable; readers' p99 ${calmRead.latency.p99} ms without the attacker, ${attackedRead.latency.p99} ms with it (${report.readersP99Ratio}x)`);
  }
} catch (error) {
  failed = true;
  console.error(error);
  console.error(apiOutput.split('\n').slice(-20).join('\n'));
} finally {
  await cleanUp(driver).catch((e) => console.error(`clean-up failed: ${e.message}`));
  await driver.close();
  api.kill('SIGTERM');
  await Promise.race([apiExited, sleep(15_000)]);
  if (startedNeo4j) await stopLocalNeo4j({ dataDir: startedNeo4j });
}
process.exit(failed ? 1 : 0);

// ---- helpers -----------------------------------------------------------------------------------

/** Waits for the API to print its address and answer /ready; returns its base URL. */
async function waitForApi() {
  const deadline = Date.now() + 180_000;
  let base;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode})`);
    base ??= /LOCI Graph (http:\/\/\S+)\/graphql/.exec(apiOutput)?.[1];
    if (base) {
      if (!LOOPBACK.has(new URL(base).hostname)) throw new Error(`the API must listen on loopback (got ${base})`);
      const ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
      // Seeding an empty database happens after start-up: wait until the graph answers.
      if (ready && (await hasSeed(base))) return base;
    }
    await sleep(500);
  }
  throw new Error('the API did not become ready in 180 s');
}

async function hasSeed(base) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ node(id: "${WRITE_FROM}") { id } }` }) });
  return ((await res.json()).data?.node?.id ?? null) === WRITE_FROM;
}

/** The read mix: lists, search, neighbourhoods and nodes by id. Counts GraphQL errors in 200 answers. */
function readRequests(stats) {
  const onResponse = (status, body) => {
    if (status === 200 && body.includes('"errors"')) countError(stats, body);
  };
  const post = (query, variables) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: json(query, variables), onResponse });
  return [
    post('query List { organisations(first: 20) { totalCount edges { node { id name sector headquarters { name } } } } }'),
    post('query ById($id: ID!) { node(id: $id) { id label ... on Organisation { name acronym } } }', { id: 'hivos' }),
    post('query Search($t: String!) { search(text: $t, first: 10) { totalCount edges { score node { id label } } } }', { t: 'procurement' }),
    post('query Hood { neighbourhood(id: "loci", depth: 2, limit: 25) { truncated nodes { id type label degree } edges { id type source target } } }'),
    post('query ById($id: ID!) { node(id: $id) { id label } }', { id: 'ocp' }),
    post('query Initiatives { initiatives(first: 10) { edges { node { id title partners { edges { role node { name } } } themes { edges { node { name } } } } } } }'),
    post('query Search($t: String!) { search(text: $t, first: 10) { totalCount edges { node { id label } } } }', { t: 'open data' }),
    post('query Hood { neighbourhood(id: "hivos", depth: 1, limit: 50) { nodes { id type label } edges { id type source target } } }'),
    post('query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id label } }', { ids: ['ilda', 'afic', 'dg', 'idfi', 'yi', 'ottawa', 'canada'] }),
  ];
}

/**
 * The attacker's one request, sent in a loop: the heaviest operation the query budget allows
 * (two expensive fields): a whole network at the default caps with every metric, and the longest
 * path search. Each one asks for a different network `limit` (all above the seeds' size, so the
 * same network), so that every request is computed afresh rather than served from the cache.
 * Tallies answers, SERVER_BUSY refusals (the limit doing its job) and anything else.
 */
function attackRequests(stats, maxNodes) {
  let n = 0;
  const query = `query Attack($limit: Int!) {
    network(filter: { limit: $limit, includeSynthetic: true }) { truncated betweenness { exact sources } nodes { id type label degree betweenness pagerank community } edges { id type source target role since until } }
    paths(from: "daniel-dietrich", to: "makueni-open-contracting", maxLength: 10, limit: 100) { length nodes { id } edges { type } }
  }`;
  return [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: json(query, { limit: maxNodes - (n++ % Math.floor(maxNodes / 2)) }) }),
      onResponse: (status, body) => {
        const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
        if (status === 200 && !code) stats.answered += 1;
        else if (status === 503 && code === 'SERVER_BUSY') stats.busy += 1;
        else {
          stats.other += 1;
          const key = `${status} ${code ?? ''}`.trim();
          stats.otherCodes[key] = (stats.otherCodes[key] ?? 0) + 1;
        }
      },
    },
  ];
}

/** Counts a GraphQL error by its first code. */
function countError(stats, body) {
  stats.graphqlErrors += 1;
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'none';
  stats.codes[code] = (stats.codes[code] ?? 0) + 1;
}

/** Two autocannon results of the same connections as one: totals summed, status counts merged. */
function merge(a, b) {
  const statusCodeStats = { ...a.statusCodeStats };
  for (const [code, s] of Object.entries(b.statusCodeStats ?? {})) statusCodeStats[code] = { count: Number(statusCodeStats[code]?.count ?? 0) + Number(s.count) };
  return {
    requests: { total: a.requests.total + b.requests.total },
    errors: a.errors + b.errors,
    timeouts: a.timeouts + b.timeouts,
    non2xx: a.non2xx + b.non2xx,
    statusCodeStats,
  };
}

function latency(result) {
  return { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max };
}

/** The write mix, per connection: create a theme with a unique id, then connect ABOUT to it. */
function writeRequests(stats, token) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const parse = (body) => {
    try {
      return JSON.parse(body);
    } catch {
      return {};
    }
  };
  return [
    {
      method: 'POST',
      headers,
      setupRequest: (req, context) => {
        context.id = `${RUN}-${++stats.counter}`;
        return { ...req, body: json('mutation Create($input: CreateThemeInput!) { createTheme(input: $input) { id } }', { input: { id: context.id, name: `Load test theme ${stats.counter}`, sources: ['load test'] } }) };
      },
      onResponse: (status, body, context) => {
        const res = parse(body);
        if (res.errors) countError(stats, body);
        context.created = status === 200 && res.data?.createTheme?.id === context.id;
        if (context.created) stats.created.add(context.id);
      },
    },
    {
      method: 'POST',
      headers,
      // Restart from the create when it was not acknowledged.
      setupRequest: (req, context) => (context.created ? { ...req, body: json(`mutation Connect($to: ID!) { connect(input: { type: ABOUT, from: "${WRITE_FROM}", to: $to }) { type } }`, { to: context.id }) } : null),
      onResponse: (status, body, context) => {
        const res = parse(body);
        if (res.errors) countError(stats, body);
        if (status === 200 && res.data?.connect?.type === 'ABOUT') stats.connected.add(context.id);
      },
    },
  ];
}

/** Reads back every acknowledged write: node, relationship, and the audit entries of both. */
async function readBack(driver, created, connected) {
  const { records } = await driver.executeQuery(
    `UNWIND $created AS id
     OPTIONAL MATCH (t:Theme {id: id})
     RETURN count(t) AS found`,
    { created },
  );
  const rels = await driver.executeQuery(
    `UNWIND $connected AS id
     OPTIONAL MATCH (:Initiative {id: $from})-[r:ABOUT]->(:Theme {id: id})
     RETURN count(r) AS found`,
    { connected, from: WRITE_FROM },
  );
  const audit = await driver.executeQuery(
    `MATCH (a:AuditEntry) WHERE (a.action = 'CREATE' AND a.nodeId STARTS WITH $run) OR (a.action = 'CONNECT' AND a.targetId STARTS WITH $run) RETURN count(a) AS n`,
    { run: RUN },
  );
  return {
    missingNodes: created.length - records[0].get('found'),
    missingRelationships: connected.length - rels.records[0].get('found'),
    auditEntries: audit.records[0].get('n'),
  };
}

/** Removes what the run wrote: its themes (with their relationships) and their audit entries. */
async function cleanUp(driver) {
  // Batched deletes need an auto-commit transaction (session.run), not a managed one.
  const session = driver.session();
  try {
    await session.run('MATCH (t:Theme) WHERE t.id STARTS WITH $run CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF 1000 ROWS', { run: RUN });
    await session.run('MATCH (a:AuditEntry) WHERE a.nodeId STARTS WITH $run OR a.targetId STARTS WITH $run CALL (a) { DELETE a } IN TRANSACTIONS OF 1000 ROWS', { run: RUN });
  } finally {
    await session.close();
  }
}

function count5xx(result) {
  return Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, s]) => (Number(code) >= 500 ? n + Number(s.count) : n), 0);
}

/** The resident set size of a process in bytes (Linux /proc), or null where it cannot be read. */
function readRss(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

function mb(bytes) {
  return bytes === null || !Number.isFinite(bytes) ? null : Math.round(bytes / 1024 / 1024);
}
