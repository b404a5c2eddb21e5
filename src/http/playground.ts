import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Express, type Request } from 'express';

/** The GraphiQL build shipped in an npm package: served from this server, so the IDE works offline. */
const GRAPHIQL_DIST = path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql'));

/** Three operations ready to run: a list with relationships, a search, a network question. */
export const EXAMPLE_OPERATIONS = `# LOCI Graph: pick an operation with the ▶ button's menu.

# Local initiatives with their partners (and each partner's headquarters), themes and learnings.
query LocalInitiatives {
  initiatives(first: 5, filter: { level: [LOCAL] }) {
    totalCount
    edges {
      node {
        title
        place { name parent { name } }
        partners { edges { role since node { name headquarters { name } } } }
        themes { edges { node { name } } }
        learnings { edges { node { title kind } } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# Full-text search across every node type.
query Search {
  search(text: "procurement", first: 5) {
    totalCount
    edges { score node { __typename id label } }
  }
}

# Who works with whom: Hivos' partners in LOCI, and who coordinates it.
query WhoWorksWithWhom {
  organisation(id: "hivos") {
    name
    coordinates { edges { node { title partners { edges { role node { name } } } } } }
    people { edges { role node { name } } }
  }
}
`;

function wantsPage(req: Request): boolean {
  return req.method === 'GET' && req.query.query === undefined && req.accepts(['json', 'html']) === 'html';
}

/**
 * Serves the playground: GET /graphql from a browser (Accept: text/html, no `query` parameter)
 * opens GraphiQL, which no other page may frame; every other request falls through to the GraphQL
 * endpoint. `/graphql?dev=1` opens it with the `x-loci-debug` header filled in (what each request
 * cost the database): a developer's tool, kept out of the way of everyone else.
 */
export function mountPlayground(app: Express): void {
  app.use('/playground/assets', express.static(GRAPHIQL_DIST, { maxAge: '1d', index: false }));
  app.get('/graphql', (req, res, next) => {
    if (!wantsPage(req)) return next();
    // No other site may frame the playground: a framed page could be overlaid to trick a signed-in
    // developer into running a mutation with their token (clickjacking). X-Frame-Options for old browsers.
    res.set({ 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' });
    res.type('html').send(renderPlayground(req.query.dev === '1'));
  });
}

function renderPlayground(dev: boolean): string {
  const headers = dev ? JSON.stringify({ 'x-loci-debug': '1' }, null, 2) : '';
  const options = { endpoint: '/graphql', title: 'LOCI Graph', initialQuery: EXAMPLE_OPERATIONS, initialHeaders: headers };
  // JSON inside a <script>: escape "<" so no string in it can close the tag.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>LOCI Graph · GraphiQL</title>
  <link rel="stylesheet" href="/playground/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #root { height: 100vh; }</style>
</head>
<body class="no-focus-outline">
  <noscript>The GraphQL playground needs JavaScript.</noscript>
  <div id="root"></div>
  <script>
    const workers = {
      editorWorkerService: '/playground/assets/monacoeditorwork/editor.worker.bundle.js',
      json: '/playground/assets/monacoeditorwork/json.worker.bundle.js',
      graphql: '/playground/assets/monacoeditorwork/graphql.worker..bundle.js',
    };
    self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
  </script>
  <script src="/playground/assets/yoga-graphiql.umd.js"></script>
  <script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${json});</script>
</body>
</html>`;
}
