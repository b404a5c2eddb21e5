// The import rules of src/ (run by test/unit/architecture.test.ts, or `npx depcruise src`).
// Layers point one way, from the socket down to the database:
//   http/ -> schema/ (resolvers: entities/, network/, changes/, audit/, dataset/; graphql/ helpers)
//   -> mutations/ (auth + audit steps) -> graph/ loaders -> repositories (all Cypher) -> neo4j/ Executor -> driver
// with model/ and util/ at the bottom, imported by all and importing none of them.
const UPPER = '^src/(http|schema|execution|entities|graphql|mutations|cli)/|^src/(server|main|context)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'no import loop between files', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-circular-folders',
      comment: 'no import loop between folders',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'bottom-imports-nothing',
      comment: 'model/ and util/ are imported by all and import nothing else of src/',
      severity: 'error',
      from: { path: '^src/(model|util)/' },
      to: { path: '^src/', pathNot: '^src/(model|util)/' },
    },
    {
      name: 'repositories-know-no-graphql',
      comment: 'repositories hold the Cypher and return plain objects: they never see GraphQL, HTTP or a request context',
      severity: 'error',
      from: { path: '\\.(repository|cypher)\\.ts$' },
      to: { path: [UPPER, '^src/network/.*\\.(resolver|types|args|input)\\.ts$', 'node_modules/(type-graphql|@apollo|express)/'] },
    },
    {
      name: 'neo4j-is-below-the-domain',
      comment: 'the Executor and driver know nothing of the folders above them (the seed importer is injected)',
      severity: 'error',
      from: { path: '^src/neo4j/' },
      to: { path: '^src/', pathNot: '^src/(neo4j|execution|model|util|config|errors|logger|paths|version)(/|\\.ts$)' },
    },
    {
      name: 'config-is-below-the-domain',
      comment: 'config is read by all layers; it imports only the bottom',
      severity: 'error',
      from: { path: '^src/config' },
      to: { path: '^src/', pathNot: '^src/(config|model|util|errors|paths)(/|\\.ts$)' },
    },
    {
      name: 'loaders-below-resolvers',
      comment: 'graph/ (loaders and repositories) does not import the resolver layers above it',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: UPPER },
    },
    {
      name: 'http-is-the-top',
      comment: 'only the composition root (server.ts, main.ts, cli/) imports http/',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(http/|cli/|server\\.ts$|main\\.ts$)' },
      to: { path: '^src/http/' },
    },
    {
      name: 'graphql-endpoint-through-its-index',
      comment: 'the HTTP GraphQL endpoint (fast path, chain, Apollo) is one seam: others import its index only',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/http/graphql-endpoint/' },
      to: { path: '^src/http/graphql-endpoint/', pathNot: '^src/http/graphql-endpoint/index\\.ts$' },
    },
    {
      name: 'execution-through-its-index',
      comment: 'execution (graphql-jit, the selection memo, the caller-stack skip) is one seam: others import its index only',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/execution/' },
      to: { path: '^src/execution/', pathNot: '^src/execution/index\\.ts$' },
    },
    {
      name: 'execution-imports-nothing-above',
      comment: 'the Executor below uses execution/, so it imports nothing of src but the bottom',
      severity: 'error',
      from: { path: '^src/execution/' },
      to: { path: '^src/', pathNot: '^src/(execution|model|util)/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // type-only imports count: a loop through types is still a loop for a reader.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  },
};
