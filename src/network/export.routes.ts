import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ErrorCode, mapNeo4jError } from '../errors.js';
import { Deadline } from '../neo4j/deadline.js';
import { Executor } from '../neo4j/executor.js';
import { currentGraphVersion } from '../neo4j/graph-version.js';
import { EXPORT_FORMATS, type ExportFormat } from './export.formats.js';
import { parseNetworkQuery } from './export.query.js';
import type { ExportFile, HeavyWork } from './heavy-work.service.js';
import type { NetworkFilterValues } from './network-filter.cypher.js';
import { buildNetwork } from './network.service.js';
import { filterKey } from './versioned-cache.js';

export interface ExportDeps {
  config: Readonly<Config>;
  driver: Driver;
  logger: Logger;
  heavy: HeavyWork;
}

/** Client errors of an export: all are answered 400 with the parameter at fault. */
const CLIENT_ERRORS = new Set<unknown>([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.LIMIT_EXCEEDED]);
/**
 * The server could not answer now (database down, past a timeout, too much heavy work): 503 with
 * the code (and Retry-After when the error has one), not logged as a bug.
 */
const SERVER_BUSY = new Set<unknown>([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.QUERY_TIMEOUT, ErrorCode.REQUEST_TIMEOUT, ErrorCode.SERVER_BUSY]);

/**
 * Whether an If-None-Match header names `etag` (or is `*`), compared weakly as RFC 9110 says
 * for If-None-Match. Not Express's `req.fresh`: it refuses a 304 whenever the request carries
 * `Cache-Control: no-cache`, which fetch() adds to every request with If-None-Match, while an
 * origin server may always answer a matching conditional request 304.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * GET /export/network.json | network.gexf | network.graphml | nodes.csv | edges.csv: the network
 * of `buildNetwork`, filtered by query parameters (see parseNetworkQuery), as a download
 * (`Content-Disposition: attachment; filename="loci-network.<ext>"`). A bad, unknown or
 * too-broad parameter is answered 400 `{ error, field, code }`; an unreachable or timed-out
 * database, or a full heavy-work queue, 503 `{ error, code }` (SERVER_BUSY with Retry-After).
 *
 * Each download carries an ETag and `Cache-Control: no-cache`; a request whose If-None-Match
 * holds the current one is answered 304 with no body. Files are cached per format and filter
 * (normalised) at the graph version (VersionedCache), so repeated downloads and revalidations
 * cost no database work until a write; a file is built under the heavy-work limiter.
 */
export function createExportRouter({ config, driver, logger, heavy }: ExportDeps): Router {
  const router = Router();
  for (const [name, format] of Object.entries(EXPORT_FORMATS)) {
    router.get(`/${name}`, (req, res) => sendExport(req, res, name, format));
  }

  async function sendExport(req: Request, res: Response, name: string, format: ExportFormat): Promise<void> {
    try {
      const filter = parseNetworkQuery(req.query as Record<string, unknown>);
      // By the file's name: nodes.csv and edges.csv share an extension.
      const key = `${name}|${filterKey(filter)}`;
      const file = await heavy.exports.get(key, () => renderExport(format, filter, key));
      res.set('ETag', file.etag);
      // Stored copies must be revalidated: a write can change the file at any time.
      res.set('Cache-Control', 'no-cache');
      res.set('Content-Type', format.contentType);
      res.set('Content-Disposition', `attachment; filename="loci-network.${format.extension}"`);
      if (matchesEtag(req.headers['if-none-match'], file.etag)) {
        res.status(304).end();
        return;
      }
      res.send(file.body);
    } catch (error) {
      const mapped = mapNeo4jError(error);
      const code = mapped instanceof GraphQLError ? mapped.extensions.code : undefined;
      if (mapped instanceof GraphQLError && CLIENT_ERRORS.has(code)) {
        // A network too large is narrowed with the `limit` parameter, whichever size it exceeded.
        const field = code === ErrorCode.LIMIT_EXCEEDED ? 'limit' : mapped.extensions.field;
        res.status(400).json({ error: mapped.message, field, code });
      } else if (mapped instanceof GraphQLError && SERVER_BUSY.has(code)) {
        const retryAfter = (mapped.extensions.http as { headers?: Map<string, string> } | undefined)?.headers?.get('retry-after');
        if (retryAfter) res.set('Retry-After', retryAfter);
        res.status(503).json({ error: mapped.message, code });
      } else {
        logger.error({ err: error, path: req.path }, 'export failed');
        res.status(500).json({ error: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR });
      }
    }
  }
  /**
   * Builds one download under the heavy-work limiter, bound by its own request deadline. Its
   * ETag names the graph version it was built at and hashes the file: when the cache entry
   * expires with no write in between, an unchanged file gets the same tag again (clients still
   * get their 304), and a file changed by another process gets a new one.
   */
  async function renderExport(format: ExportFormat, filter: NetworkFilterValues, key: string): Promise<ExportFile> {
    const version = currentGraphVersion();
    const deadline = new Deadline(config.requestTimeoutMs);
    const executor = new Executor(driver, config.neo4j.database, config.neo4j.transactionTimeoutMs, undefined, deadline);
    const body = await heavy.limiter.run(
      'export',
      async () => format.render(await buildNetwork(executor, filter, '', config.network, heavy.metrics.measure)),
      deadline,
    );
    const digest = createHash('sha256').update(key).update('\0').update(body).digest('base64url').slice(0, 22);
    return { body, etag: `"g${version}-${digest}"` };
  }
  return router;
}
