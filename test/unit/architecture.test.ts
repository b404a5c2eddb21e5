// The architecture, checked: imports point one way with no loop between files or folders
// (.dependency-cruiser.cjs holds the rules and says why), and the rooms stay readable (no source
// file over 300 lines, no function over 60: scripts/sizes.mjs measures them).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, shared with the command line
import { oversize, MAX_FILE_LINES, MAX_FUNCTION_LINES } from '../../scripts/sizes.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Files and functions over the limits, if one ever has to be let in for a while (none today). The
 * list only shrinks: a new offender fails, and so does a listed one that has become small enough.
 */
const KNOWN_OVERSIZE: string[] = [];

interface Violation {
  rule: { name: string; severity: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

/** Runs dependency-cruiser over src/ with the project's rules; its JSON report's violations. */
function dependencyViolations(): Violation[] {
  const bin = path.join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  let output: string;
  try {
    output = execFileSync(process.execPath, [bin, 'src', '--output-type', 'json'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // It exits non-zero when a rule of severity error is broken; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

function describeViolation(v: Violation): string {
  const path = v.cycle?.length ? [v.from, ...v.cycle.map((c) => c.name)].join(' -> ') : `${v.from} -> ${v.to}`;
  return `${v.rule.name}: ${path}`;
}

/** Cypher's keywords, as the repositories write them (MATCHES_PROBLEM and the like are not Cypher). */
const CYPHER = /\b(MATCH|MERGE|UNWIND|RETURN)\b|EXISTS \{/;
/** Where Cypher may live: repositories, Cypher modules beside them, and the migrations. */
const MAY_HOLD_CYPHER = /(\.repository\.ts|\.cypher\.ts|^src\/neo4j\/migrations\.ts)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
}

describe('architecture', () => {
  it('keeps every Cypher statement in the repositories (and the migrations)', () => {
    const outside = filesUnder('src')
      .filter((file) => !MAY_HOLD_CYPHER.test(file))
      .flatMap((file) => fs.readFileSync(path.join(repoRoot, file), 'utf8').split('\n').flatMap((line, i) => (CYPHER.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(outside).toEqual([]);
  });

  it('has no import loop between files or folders, and imports point down the layers', () => {
    const errors = dependencyViolations().filter((v) => v.rule.severity === 'error');
    expect(errors.map(describeViolation)).toEqual([]);
  }, 120_000);

  it(`has no new file over ${MAX_FILE_LINES} lines nor function over ${MAX_FUNCTION_LINES}, and the known ones are still listed only while they are`, () => {
    const found = oversize(repoRoot) as Map<string, number>;
    const newOffenders = [...found].filter(([name]) => !KNOWN_OVERSIZE.includes(name)).map(([name, lines]) => `${name} (${lines} lines)`);
    const nowSmall = KNOWN_OVERSIZE.filter((name) => !found.has(name));
    expect({ newOffenders, nowSmallTakeOffTheList: nowSmall }).toEqual({ newOffenders: [], nowSmallTakeOffTheList: [] });
  });
});
