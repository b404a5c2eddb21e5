import type { RequestHandler } from 'express';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, accept, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-loci-debug';
const EXPOSED_HEADERS = 'x-request-id, retry-after';

/**
 * CORS from an allowlist of origins (`*` allows any). An allowed origin gets its own origin
 * back (never credentials: the API uses bearer tokens, not cookies) and preflights are answered
 * 204; a preflight from any other origin is answered 403 without CORS headers, so the browser
 * blocks the call. Requests without an Origin (same origin, curl, servers) pass untouched.
 */
export function createCors(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.get('origin');
    const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined;
    if (!origin) return next();
    if (!any && !allowed.has(origin)) {
      if (preflight) return void res.status(403).end();
      return next();
    }
    res.setHeader('access-control-allow-origin', any ? '*' : origin);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    if (!preflight) return next();
    res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
    res.status(204).end();
  };
}
