// Builds the network explorer (issue 7): `npm run build:explorer` writes dist/explorer, which the
// server mounts at /explore (src/http/explorer.ts). Everything is bundled: the page works offline.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/explore/',
  // The page's own dev server (`npx vite --config explorer/vite.config.ts`) proxies the API to a
  // running LOCI Graph, so the explorer talks to the same origin in development and production.
  server: {
    proxy: {
      '/graphql': process.env.LOCI_API ?? 'http://127.0.0.1:4000',
      '/export': process.env.LOCI_API ?? 'http://127.0.0.1:4000',
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // sigma + graphology + graphql's printer make one ~400 kB chunk: fine for a tool page.
    chunkSizeWarningLimit: 1024,
  },
});
