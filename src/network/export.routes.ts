import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ErrorCode, mapNeo4jError } from '../errors.js';
import { Executor } from '../neo4j/executor.js';
import { EXPORT_FORMATS, type ExportFormat } from './export.formats.js';
import { parseNetworkQuery } from './export.query.js';
import { buildNetwork } from './network.service.js';

export interface ExportDeps {
  config: Readonly<Config>;
  driver: Driver;
  logger: Logger;
}

/** Client errors of an export: all are answered 400 with the parameter at fault. */
const CLIENT_ERRORS = new Set<unknown>([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.LIMIT_EXCEEDED]);
/** The database could not answer (down, or past the transaction timeout): 503 with the code, not logged as a bug. */
const SERVER_BUSY = new Set<unknown>([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.QUERY_TIMEOUT]);

/**
 * GET /export/network.json | network.gexf | network.graphml | nodes.csv | edges.csv: the network
 * of `buildNetwork`, filtered by query parameters (see parseNetworkQuery), as a download
 * (`Content-Disposition: attachment; filename="loci-network.<ext>"`). A bad, unknown or
 * too-broad parameter is answered 400 `{ error, field, code }`; an unreachable or timed-out
 * database 503 `{ error, code }`.
 */
export function createExportRouter({ config, driver, logger }: ExportDeps): Router {
  const router = Router();
  for (const [name, format] of Object.entries(EXPORT_FORMATS)) {
    router.get(`/${name}`, (req, res) => sendExport(req, res, format));
  }

  async function sendExport(req: Request, res: Response, format: ExportFormat): Promise<void> {
    try {
      const filter = parseNetworkQuery(req.query as Record<string, unknown>);
      const executor = new Executor(driver, config.neo4j.database, config.neo4j.transactionTimeoutMs);
      const body = format.render(await buildNetwork(executor, filter, '', config.network));
      res.set('Content-Type', format.contentType);
      res.set('Content-Disposition', `attachment; filename="loci-network.${format.extension}"`);
      res.send(body);
    } catch (error) {
      const mapped = mapNeo4jError(error);
      const code = mapped instanceof GraphQLError ? mapped.extensions.code : undefined;
      if (mapped instanceof GraphQLError && CLIENT_ERRORS.has(code)) {
        // A network too large is narrowed with the `limit` parameter, whichever size it exceeded.
        const field = code === ErrorCode.LIMIT_EXCEEDED ? 'limit' : mapped.extensions.field;
        res.status(400).json({ error: mapped.message, field, code });
      } else if (mapped instanceof GraphQLError && SERVER_BUSY.has(code)) {
        res.status(503).json({ error: mapped.message, code });
      } else {
        logger.error({ err: error, path: req.path }, 'export failed');
        res.status(500).json({ error: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR });
      }
    }
  }
  return router;
}
