import swc from 'unplugin-swc';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const require = createRequire(import.meta.url);

/** The usual order, except that faults.int.test.ts (it stops the shared test Neo4j) always runs last. */
class FaultsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isFaults = (f: TestSpecification) => f.moduleId.endsWith('/faults.int.test.ts');
    return [...sorted.filter((f) => !isFaults(f)), ...sorted.filter(isFaults)];
  }
}

export default defineConfig({
  // SWC, not esbuild: type-graphql reads decorator metadata, which esbuild does not emit.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for type-graphql and
    // Apollo; Vite would pick the ESM one for our sources: two graphql instances break instanceof checks.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Test files share one database; one at a time keeps each file's data its own.
    fileParallelism: false,
    sequence: { sequencer: FaultsLastSequencer },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
