import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../../errors.js';
import type { RequestLog } from '../request-log.js';

/**
 * Serves an Apollo Server on Express (what @as-integrations/express5 does), and gives the errors
 * Apollo answers before any GraphQL request exists their request id and log line.
 *
 * Apollo refuses some requests before its request pipeline, and so before any plugin runs: a CSRF
 * check, a body without a query, a context that could not be created (a bad token, the
 * per-subject rate limit). Those answers get `extensions.requestId` and their codes in the log
 * line here; the pipeline's own errors get them from the request-log plugin. Both read the request
 * log from the response, not from an async context: AsyncLocalStorage makes Node 20 run a hook on
 * every promise of every request.
 *
 * Every answer is `cache-control: no-store`: what Apollo's cache-control plugin sends when no
 * field has a cache hint (none has). That plugin is disabled (server.ts): it wraps every field
 * resolver of the schema to collect hints, a cost paid on every scalar of every answer. Answers
 * are written with `res.end`: Express's `res.send` would hash every body for an ETag, which
 * nothing can use on a `no-store` answer.
 */
export function apolloHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (req: Request, res: Response) => Promise<TContext>,
): RequestHandler {
  server.assertStarted('apolloHandler()');
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const query = req.url.indexOf('?');
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
        context: () => context(req, res),
      });
      res.setHeader('cache-control', 'no-store');
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(withRequestIdIfRefused(response.body.string, res.locals.requestLog as RequestLog | undefined));
        return;
      }
      await streamBody(response.body.asyncIterator, res);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The body of an answer Apollo gave before its pipeline ran (the request log says whether it ran),
 * with the request id on every error and the codes in the log; any other body as it is.
 */
function withRequestIdIfRefused(body: string, log: RequestLog | undefined): string {
  if (!log || log.graphqlPipeline) return body;
  let parsed: { errors?: Array<{ extensions?: Record<string, unknown> }> };
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!Array.isArray(parsed.errors)) return body;
  for (const error of parsed.errors) {
    error.extensions = { ...error.extensions, requestId: log.requestId };
    log.errorCodes.push(String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
  }
  return JSON.stringify(parsed);
}

async function streamBody(chunks: AsyncIterableIterator<string>, res: Response): Promise<void> {
  for await (const chunk of chunks) res.write(chunk);
  res.end();
}
