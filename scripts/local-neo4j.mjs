// A real Neo4j Community 5.26 for local development and tests, run from its Maven Central jars by
// neo4j/src/main/java/org/loci/neo4j/Neo4jLauncher.java (no Docker, no Neo4j download site).
// Node built-ins only: this runs before (and independently of) the TypeScript toolchain.
//
// Security: authentication is on, user neo4j with a random password generated on first start and kept in
// <dataDir>/neo4j-password (mode 0600); Bolt is bound to 127.0.0.1 only. Bolt also accepts WebSocket
// connections, so without the password any web page open on this machine could read and write the graph.
// Whoever connects (the server, `npm test`, `npm run seed`...) reads the password from that file.
//
// Layout under <dataDir>: data/ (store), logs/debug.log (Neo4j), neo4j.log (launcher stdout+stderr),
// neo4j.pid (JSON {pid, port, uri}), neo4j-password. One launcher per dataDir: Neo4j locks the store.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULE_DIR = path.join(REPO_ROOT, 'neo4j');
const POM = path.join(MODULE_DIR, 'pom.xml');
const CLASSES = path.join(MODULE_DIR, 'target', 'classes');
const LIB = path.join(MODULE_DIR, 'target', 'lib');
const STAMP = path.join(MODULE_DIR, 'target', '.build-stamp');
const MAIN_CLASS = 'org.loci.neo4j.Neo4jLauncher';
const READY_RE = /^NEO4J_READY (bolt:\/\/\S+)$/m;
const HOST = '127.0.0.1';

// Neo4j 5.26 starts on Java 17 without any flag, but without these opens it logs warnings and uses slower
// fallbacks: java.nio -> page cache cannot reach DirectByteBuffer internals; java.io + sun.nio.ch (both
// needed) -> no file descriptor for fallocate/fadvise on transaction logs ("Incorrect file descriptor").
// Same three opens as Neo4j's own server (ConfigFileMigrator in neo4j-dbms 5.26).
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  // A JVM that hit OOM is wedged; better to die and be restarted than to hang tests.
  '-XX:+ExitOnOutOfMemoryError',
];
const SIZE_RE = /^\d+[kmg]?$/i;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const resolveDir = (dataDir) => path.resolve(REPO_ROOT, dataDir);
const pidFileOf = (dir) => path.join(dir, 'neo4j.pid');
const logFileOf = (dir) => path.join(dir, 'neo4j.log');
const passwordFileOf = (dir) => path.join(dir, 'neo4j-password');
const USER = 'neo4j';
const javaBin = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return newest;
}

/**
 * Builds the launcher (`mvn -q -f neo4j/pom.xml package`) unless target/classes and target/lib exist and
 * neither the pom nor the Java sources changed since the last successful build. The first build downloads
 * Neo4j and its dependencies from Maven Central into ~/.m2; later builds work offline.
 * Throws if Maven is missing or the build fails.
 * @param {{ log?: (msg: string) => void }} [options]
 * @returns {Promise<{ built: boolean }>} built: whether Maven ran.
 */
export async function ensureLauncherBuilt({ log = console.error } = {}) {
  const stamp = mtime(STAMP);
  const upToDate =
    fs.existsSync(CLASSES) &&
    fs.existsSync(LIB) &&
    stamp > 0 &&
    stamp >= mtime(POM) &&
    stamp >= newestMtime(path.join(MODULE_DIR, 'src'));
  if (upToDate) return { built: false };

  log(
    fs.existsSync(LIB)
      ? 'Rebuilding the Neo4j launcher (neo4j/pom.xml or its source changed)...'
      : 'Building the Neo4j launcher: downloading Neo4j 5.26 from Maven Central into ~/.m2 ' +
          '(~170 MB, first time only)...',
  );
  const started = Date.now();
  // Captured, not inherited: stdout of `db.mjs start` is reserved for the URI, and `mvn -q` prints nothing
  // useful on success (Maven 3.8 still emits stray ANSI resets).
  const { code, output } = await new Promise((resolve, reject) => {
    const mvn = spawn('mvn', ['-q', '-B', '-f', POM, 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    mvn.stdout.on('data', (d) => (output += d));
    mvn.stderr.on('data', (d) => (output += d));
    mvn.on('error', (err) =>
      reject(
        err.code === 'ENOENT'
          ? new Error('`mvn` not found on PATH: install Maven 3.8+ and a JDK 17 to run the local Neo4j')
          : err,
      ),
    );
    mvn.on('close', (c, signal) => resolve({ code: c ?? signal, output }));
  });
  if (code !== 0) {
    const tail = output.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(-40).join('\n');
    throw new Error(`Neo4j launcher build failed (mvn -q -f ${POM} package exited with ${code}):\n${tail}`);
  }
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { built: true };
}

function isAlive(pid) {
  try {
    // A zombie still answers kill(0); in containers whose init does not reap, it would never "exit".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
  } catch {
    // No /proc (macOS) or process gone: kill(0) decides.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// Guards against pid reuse: only a launcher started for this very directory counts as ours.
function isOurLauncher(pid, dir) {
  let args;
  try {
    args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    const ps = spawnSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
    args = (ps.stdout ?? '').trim().split(/\s+/);
  }
  const i = args.indexOf(MAIN_CLASS);
  return i >= 0 && args[i + 1] === dir;
}

function canConnect(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function readPidFile(dir) {
  try {
    return JSON.parse(fs.readFileSync(pidFileOf(dir), 'utf8'));
  } catch {
    return null;
  }
}

// Readers never see half a file: write a temp file, then rename it over the pid file, or (exclusive) hard-link
// it, which fails with EEXIST if a pid file exists and so works as a lock.
function writePidFile(dir, info, { exclusive = false } = {}) {
  const tmp = `${pidFileOf(dir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(info)}\n`);
  try {
    if (exclusive) fs.linkSync(tmp, pidFileOf(dir));
    else fs.renameSync(tmp, pidFileOf(dir));
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

const removePidFile = (dir) => fs.rmSync(pidFileOf(dir), { force: true });

function logTail(dir, lines = 25) {
  try {
    const text = fs.readFileSync(logFileOf(dir), 'utf8').trimEnd();
    return text ? text.split('\n').slice(-lines).join('\n') : '(empty)';
  } catch {
    return '(no log file)';
  }
}

function checkJavaVersion(java, log) {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (out.error) throw new Error(`cannot run ${java} (${out.error.message}): install a JDK 17 or set JAVA_HOME`);
  const major = Number(/version "(?:1\.)?(\d+)/.exec(out.stderr)?.[1]);
  if (major !== 17 && major !== 21) log(`warning: Neo4j 5.26 supports Java 17 and 21 only; ${java} is Java ${major}`);
}

// The password file appears whole or not at all (temp file, then an exclusive hard link): of two concurrent
// first starts, both end up with the winner's password.
function ensurePasswordFile(dir) {
  const file = passwordFileOf(dir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * Reports whether the launcher for `dataDir` runs. A pid file whose process is dead (or is no longer our
 * launcher) is stale and gets removed.
 * @param {{ dataDir?: string }} [options] dataDir relative to the repository root, or absolute.
 * @returns {Promise<{ running: boolean, pid: number|null, uri: string|null, port: number|null, ready: boolean }>}
 *   running: the launcher process is alive; ready: its Bolt port also accepts connections.
 */
export async function statusLocalNeo4j({ dataDir = '.data/neo4j' } = {}) {
  const dir = resolveDir(dataDir);
  const info = readPidFile(dir);
  if (!info || !isAlive(info.pid) || !isOurLauncher(info.pid, dir)) {
    removePidFile(dir);
    return { running: false, pid: null, uri: null, port: null, ready: false };
  }
  return { running: true, pid: info.pid, uri: info.uri, port: info.port, ready: await canConnect(info.port) };
}

/**
 * Starts Neo4j for `dataDir` in the background (detached: it outlives this Node process) and resolves
 * once it printed its ready line and its Bolt port accepts TCP connections. If a live launcher for that
 * dataDir is already running, returns it instead (startedByUs: false). Builds the launcher first if needed.
 * Throws, quoting the end of <dataDir>/neo4j.log, on timeout or early exit (a started process is killed),
 * and says so clearly if the port is taken by something else.
 * @param {{ port?: number, dataDir?: string, heap?: string, pageCache?: string,
 *           log?: (msg: string) => void, timeoutMs?: number }} [options]
 *   port: Bolt port on 127.0.0.1 (0 = any free port); heap/pageCache: JVM-style sizes such as 512m, 1g.
 * The first start generates the password of user neo4j (<dataDir>/neo4j-password, mode 0600); later starts
 * keep it.
 * @returns {Promise<{ uri: string, pid: number, startedByUs: boolean, user: string, password: string }>}
 */
export async function startLocalNeo4j({
  port = 7687,
  dataDir = '.data/neo4j',
  heap = '512m',
  pageCache = '128m',
  log = console.error,
  timeoutMs = 180000,
} = {}) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid Bolt port: ${port}`);
  if (!SIZE_RE.test(heap)) throw new Error(`invalid heap size "${heap}" (expected e.g. 512m or 1g)`);
  if (!SIZE_RE.test(pageCache)) throw new Error(`invalid page cache size "${pageCache}" (expected e.g. 128m)`);
  const dir = resolveDir(dataDir);
  const status = await statusLocalNeo4j({ dataDir: dir });
  if (status.running) {
    if (port !== 0 && status.port !== port) {
      const where = `port ${status.port} (pid ${status.pid})`;
      throw new Error(`Neo4j for ${dir} already runs on ${where}, not on ${port}; stop it first`);
    }
    // Alive but not yet listening: another start is in progress; wait for it rather than fight over the store lock.
    if (!status.ready) {
      const check = async () => {
        if (!isAlive(status.pid)) throw new Error(`Neo4j (pid ${status.pid}) exited during startup`);
        return canConnect(status.port);
      };
      await waitUntil(check, timeoutMs, dir, status.pid);
    }
    // A launcher started before passwords existed runs with authentication off and takes any password; the file
    // made here is the one it gets on its next start.
    return { uri: status.uri, pid: status.pid, startedByUs: false, user: USER, password: ensurePasswordFile(dir) };
  }
  if (port !== 0 && (await canConnect(port))) {
    throw new Error(
      `port ${port} on ${HOST} is already in use by another process (not the Neo4j for ${dir}); ` +
        'stop it or choose another port (NEO4J_PORT)',
    );
  }

  await ensureLauncherBuilt({ log });
  fs.mkdirSync(dir, { recursive: true });
  const password = ensurePasswordFile(dir);
  const java = javaBin();
  checkJavaVersion(java, log);

  const started = Date.now();
  const out = fs.openSync(logFileOf(dir), 'w');
  const args = [...JVM_FLAGS, `-Xmx${heap}`, '-cp', `${CLASSES}${path.delimiter}${path.join(LIB, '*')}`];
  args.push(MAIN_CLASS, dir, String(port), pageCache);
  // detached: own process group, so Ctrl-C in the terminal and the end of `npm run db:start` do not reach it.
  const child = spawn(java, args, { cwd: dir, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  child.on('error', (err) => (exited = err.message));
  child.unref();
  if (!child.pid) {
    await sleep(0); // let the 'error' event land
    throw new Error(`could not start ${java}: ${exited ?? 'unknown error'}`);
  }
  // Written before readiness so that a stop issued during startup still finds the process. Exclusive, so of
  // two concurrent starts for one dataDir only one keeps its JVM; the other joins it.
  try {
    writePidFile(dir, { pid: child.pid, port, uri: `bolt://${HOST}:${port}` }, { exclusive: true });
  } catch (err) {
    await stopProcess(child.pid, 10000);
    if (err.code !== 'EEXIST') throw err;
    return startLocalNeo4j({ port, dataDir: dir, heap, pageCache, log, timeoutMs }); // joins the winner
  }

  let uri;
  try {
    await waitUntil(
      async () => {
        if (exited) throw new Error(`Neo4j exited during startup (${exited})`);
        const match = READY_RE.exec(fs.readFileSync(logFileOf(dir), 'utf8'));
        if (match) uri = match[1];
        return Boolean(uri) && canConnect(Number(new URL(uri).port));
      },
      timeoutMs,
      dir,
      child.pid,
    );
  } catch (err) {
    await stopProcess(child.pid, 10000); // never leave a half-started JVM behind
    if (readPidFile(dir)?.pid === child.pid) removePidFile(dir);
    throw err;
  }
  writePidFile(dir, { pid: child.pid, port: Number(new URL(uri).port), uri });
  log(`Neo4j ready at ${uri} (pid ${child.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s, data in ${dir})`);
  return { uri, pid: child.pid, startedByUs: true, user: USER, password };
}

async function waitUntil(check, timeoutMs, dir, pid) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let ok;
    try {
      ok = await check();
    } catch (err) {
      throw new Error(`${err.message}; last lines of ${logFileOf(dir)}:\n${logTail(dir)}`, { cause: err });
    }
    if (ok) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j (pid ${pid}) not ready after ${timeoutMs} ms; last lines of ${logFileOf(dir)}:\n${logTail(dir)}`,
      );
    }
    await sleep(150);
  }
}

async function stopProcess(pid, timeoutMs) {
  const signal = (sig) => {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM'); // the launcher's shutdown hook checkpoints the store and exits 0
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (!isAlive(pid)) return false;
  signal('SIGKILL');
  while (isAlive(pid)) await sleep(100);
  return true;
}

/**
 * Stops the launcher for `dataDir`: SIGTERM (clean shutdown), SIGKILL if it is still alive after
 * `timeoutMs`; resolves once the process is gone, then removes the pid file. No-op if it is not running.
 * @param {{ dataDir?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ wasRunning: boolean, pid: number|null, killed: boolean }>} killed: SIGKILL was needed.
 */
export async function stopLocalNeo4j({ dataDir = '.data/neo4j', timeoutMs = 30000 } = {}) {
  const dir = resolveDir(dataDir);
  const status = await statusLocalNeo4j({ dataDir: dir });
  if (!status.running) return { wasRunning: false, pid: null, killed: false };
  const killed = await stopProcess(status.pid, timeoutMs);
  removePidFile(dir);
  return { wasRunning: true, pid: status.pid, killed };
}
