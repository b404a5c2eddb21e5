import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printLociSchema } from '../../src/schema/print-schema.js';
import { REPO_ROOT } from '../../src/paths.js';

describe('the committed schema', () => {
  it('is what the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printLociSchema());
  });

  it('has generated typed documents that are up to date (run `npm run codegen`)', async () => {
    const result = await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.yml', '--check'], {
      cwd: REPO_ROOT,
    }).then(
      () => ({ stale: false, output: '' }),
      (error: { stdout?: string; stderr?: string }) => ({ stale: true, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.output).toBe('');
    expect(result.stale).toBe(false);
  }, 60_000);
});
