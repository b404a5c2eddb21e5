import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type Response } from 'express';
import { REPO_ROOT } from '../paths.js';

/** Where `npm run build:explorer` writes the page (explorer/vite.config.ts). */
export const EXPLORER_DIR = path.join(REPO_ROOT, 'dist', 'explorer');

/**
 * The explorer's own policy: everything from this origin (no CDN), the layout worker from a blob,
 * style attributes (the page sets colours inline), and any site may frame it (`?embed=1`).
 */
const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

const HOME_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LOCI Graph</title><link rel="icon" href="data:,">
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2430}
a{color:#0b5cad}h1{margin-bottom:.25rem}li{margin:.4rem 0}
</style>
</head>
<body>
<h1>LOCI Graph</h1>
<p>A knowledge graph of the Local Open Contracting Initiative (LOCI) network: who works with whom, where, on what.</p>
<ul>
<li><a href="/explore/"><strong>Network explorer</strong></a>: see and explore the network, find paths, filter, share and export views.</li>
<li><a href="/graphql">GraphQL API</a> (POST queries to <code>/graphql</code>).</li>
<li>Downloads of the network: <a href="/export/network.gexf">GEXF</a>, <a href="/export/network.graphml">GraphML</a>, <a href="/export/network.json">JSON</a>, <a href="/export/nodes.csv">nodes CSV</a>, <a href="/export/edges.csv">edges CSV</a>.</li>
<li><a href="/health">Health</a></li>
</ul>
</body>
</html>
`;

function sendIndex(res: Response, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    res.status(503).type('text').send('The explorer is not built: run `npm run build:explorer` (npm start builds it when missing).');
    return;
  }
  // The page is small and names its hashed assets: always revalidate it, cache the assets for good.
  res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': EXPLORER_CSP, 'X-Content-Type-Options': 'nosniff' });
  res.sendFile(index);
}

/**
 * Serves the network explorer (dist/explorer) at /explore, and at / a small page linking the
 * explorer and the API. Any /explore path that is not a file gets the page (the view lives in the
 * query string, so deep links open); missing assets stay 404. Mount after /graphql and /export.
 */
export function mountExplorer(app: Express, options: { dir?: string } = {}): void {
  const dir = options.dir ?? EXPLORER_DIR;
  app.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(HOME_PAGE);
  });
  // The page itself, before static files, so it always carries its policy and cache headers.
  app.get(['/explore/', '/explore/index.html'], (_req, res) => sendIndex(res, dir));
  app.use(
    '/explore',
    express.static(dir, {
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/explore', (req, res) => {
    const query = req.originalUrl.slice(req.originalUrl.indexOf('?') >= 0 ? req.originalUrl.indexOf('?') : req.originalUrl.length);
    res.redirect(301, `/explore/${query}`);
  });
  app.get('/explore/{*rest}', (req, res, next) => {
    if (req.path.startsWith('/explore/assets/') || path.extname(req.path)) return next();
    sendIndex(res, dir);
  });
}
