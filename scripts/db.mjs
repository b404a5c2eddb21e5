#!/usr/bin/env node
// Local Neo4j for development: node scripts/db.mjs start|stop|status (npm run db:start|db:stop|db:status).
//
// Environment: NEO4J_PORT (Bolt port on 127.0.0.1, default 7687), NEO4J_DATA_DIR (default .data/neo4j,
// relative to the repository root), NEO4J_HEAP (default 512m), NEO4J_PAGECACHE (default 128m).
//
// start  prints the bolt:// URI on stdout and exits 0, leaving Neo4j running in the background
//        (progress and errors go to stderr). Loopback only; user neo4j, with the random password kept in
//        <NEO4J_DATA_DIR>/neo4j-password (mode 0600, generated on the first start).
// stop   stops it cleanly (SIGTERM, SIGKILL after 30 s).
// status prints "running <uri> (pid N)" and exits 0, or "stopped" and exits 3 (the LSB convention).
// Any error: message on stderr, exit 1.

import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from './local-neo4j.mjs';

const usage = 'usage: node scripts/db.mjs start|stop|status';

const dataDir = () => process.env.NEO4J_DATA_DIR || '.data/neo4j';

function startConfig() {
  const rawPort = process.env.NEO4J_PORT ?? '7687';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort.trim()) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_PORT must be an integer between 1 and 65535, got "${rawPort}"`);
  }
  const size = (name, fallback) => {
    const value = process.env[name] ?? fallback;
    if (!/^\d+[kmg]?$/i.test(value)) throw new Error(`${name} must be a size such as ${fallback}, got "${value}"`);
    return value;
  };
  return {
    port,
    dataDir: dataDir(),
    heap: size('NEO4J_HEAP', '512m'),
    pageCache: size('NEO4J_PAGECACHE', '128m'),
  };
}

async function main(command) {
  switch (command) {
    case 'start': {
      const { uri, pid, startedByUs } = await startLocalNeo4j(startConfig());
      if (!startedByUs) console.error(`Neo4j was already running (pid ${pid})`);
      console.log(uri);
      return 0;
    }
    case 'stop': {
      const { wasRunning, pid, killed } = await stopLocalNeo4j({ dataDir: dataDir() });
      console.log(wasRunning ? `stopped (pid ${pid}${killed ? ', killed after timeout' : ''})` : 'not running');
      return 0;
    }
    case 'status': {
      const { running, ready, pid, uri } = await statusLocalNeo4j({ dataDir: dataDir() });
      if (!running) {
        console.log('stopped');
        return 3;
      }
      console.log(`running ${uri} (pid ${pid})${ready ? '' : ' - starting, Bolt not accepting connections yet'}`);
      return 0;
    }
    default:
      console.error(usage);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (err) {
  console.error(`db ${process.argv[2]}: ${err.message}`);
  process.exitCode = 1;
}
