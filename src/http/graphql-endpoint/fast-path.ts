import { IncomingMessage, ServerResponse, type RequestListener } from 'node:http';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../../errors.js';
import { sendHttpError } from '../http-errors.js';
import { wantsEventStream } from '../sse-subscriptions.js';
import { isGraphQLPath } from '../graphql-path.js';


/**
 * The HTTP server's request listener: a POST to /graphql goes straight to `graphql` (the handler
 * the app mounts there too), everything else to the Express app.
 *
 * Why: Express's router matches every request against its layers and rewrites the URL around a
 * mounted handler; for a small answer such as a node by id, that was 3% of the server's CPU and
 * 5% of what it allocated, and GraphQL POSTs are nearly all the traffic.
 *
 * The request and response get the app's prototypes and fields, as Express's `app.handle` gives
 * them, so every handler sees the same `req` and `res` (`req.ip`, `res.status`, `res.locals`) as
 * through the router; on a server made with `appMessageClasses`, they are born with those
 * prototypes. An error goes to `finalErrorHandler`, as it would at the end of the app.
 */
export function graphqlFastPath(app: Express, graphql: RequestHandler, finalErrorHandler: ErrorRequestHandler): RequestListener {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    // Subscription streams (Accept: text/event-stream) take the app's /graphql route for SSE.
    if (incoming.method !== 'POST' || !isGraphQLPath(incoming.url) || wantsEventStream(incoming.headers)) return app(incoming, outgoing);
    if ((incoming as Partial<Request>).app !== app) {
      Object.setPrototypeOf(incoming, app.request);
      Object.setPrototypeOf(outgoing, app.response);
    }
    const req = incoming as Request;
    const res = outgoing as Response;
    req.res = res;
    res.req = req;
    req.originalUrl = req.url;
    res.locals = Object.create(null) as Response['locals'];
    const done = (error?: unknown) => {
      if (error !== undefined && error !== null) return finalErrorHandler(error, req, res, () => undefined);
      // Only if a handler passed the request on without answering it.
      if (!res.headersSent) sendHttpError(res, 404, 'not found', { code: ErrorCode.NOT_FOUND });
    };
    void graphql(req, res, done);
  };
}

/**
 * `http.createServer` options whose requests and responses are created with the app's prototypes
 * (`app.request`, `app.response`), the ones Express would give them.
 *
 * Why: Express swaps the prototype of every request and response it takes
 * (`Object.setPrototypeOf`). V8 then gives each object a new hidden class, and Node's own HTTP
 * code, which reads these objects throughout a request, no longer finds the shapes it was
 * optimised for. Objects born with the prototype need no swap: the server spends 13% less CPU
 * per node by id and 17% less per shortest path (measured side by side).
 */
export function appMessageClasses(app: Express) {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse {}
  Object.setPrototypeOf(AppRequest.prototype, app.request);
  Object.setPrototypeOf(AppResponse.prototype, app.response);
  return { IncomingMessage: AppRequest, ServerResponse: AppResponse };
}
