import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../paths.js';

export interface LocalNeo4j {
  uri: string;
  pid: number;
  startedByUs: boolean;
  /** The credentials of the local Neo4j: user neo4j and the random password kept 0600 in its data folder. */
  user: string;
  password: string;
}

interface LocalNeo4jModule {
  startLocalNeo4j(options: { port: number; dataDir: string; heap: string; pageCache: string; log?: (msg: string) => void }): Promise<LocalNeo4j>;
  stopLocalNeo4j(options: { dataDir: string }): Promise<void>;
}

/**
 * The in-process Neo4j launcher lives in plain JavaScript (scripts/local-neo4j.mjs) so that
 * `npm run db:start` works before any TypeScript is built; this loads it from the repo root.
 */
export async function loadLocalNeo4j(): Promise<LocalNeo4jModule> {
  return (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'local-neo4j.mjs')).href)) as LocalNeo4jModule;
}
