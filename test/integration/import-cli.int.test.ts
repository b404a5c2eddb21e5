import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run import` as a person runs it: the CLI spawned against the test Neo4j (NEO4J_URI, set by
 * `npm test`), checked by its exit code and output. Dry runs and refusals only: nothing is written.
 */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 60_000 });

const OCDS = path.resolve('test/fixtures/ocds');

describe('npm run import', () => {
  it('exits 2 with the usage on a wrong command line', () => {
    const noFile = run();
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('usage: npm run import');
    expect(run('--no-such-flag', OCDS).status).toBe(2);
    expect(run('--format', 'pdf', OCDS).status).toBe(2);
  });

  it('exits 0 on a clean dry run and prints the plan as one JSON object with --json', () => {
    const result = run('--dry-run', '--json', '--dataset', 'cli-test', OCDS);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.dataset).toEqual({ id: 'cli-test', name: 'cli-test' });
    expect(report.written).toBe(false);
    expect(report.plan.ContractingProcess).toEqual({ created: 6, matched: 0, updated: 0, unchanged: 0 });
    expect(report.errors).toEqual([]);
  });

  it('exits 1 when the input is refused, naming the file', () => {
    const result = run('--json', path.resolve('test/fixtures/ocds-bad/missing-ocid.json'));
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).errors).toEqual([expect.objectContaining({ file: 'missing-ocid.json', field: 'ocid' })]);
  });

  it('reads a folder of CSV sheets by their extension and plans them on a dry run', () => {
    const result = run('--dry-run', '--json', '--dataset', 'cli-test-sheets', path.resolve('test/fixtures/sheets'));
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.plan.PARTNER_IN).toEqual({ created: 2, matched: 0, updated: 0, unchanged: 0 });
    expect(run('--default', 'Organisation.colour=red', path.resolve('test/fixtures/sheets')).status).toBe(2);
  });

  it('exits 1 when asked to remove a dataset that does not exist', () => {
    expect(run('--remove', 'no-such-dataset').status).toBe(1);
  });
});
