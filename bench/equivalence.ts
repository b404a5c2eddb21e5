import { isDeepStrictEqual } from 'node:util';
import type { Fixtures, Operation, SystemName } from './operations/index.js';
import { ask, type Answer } from './requests.js';

/** Base URL of each running system; a system left out is not asked. */
export type SystemUrls = Partial<Record<SystemName, string>>;

/** The first place two canonical answers differ, as a path and the two values there. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) return `${path}: ${a.length} items vs ${(b as unknown[]).length}`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Null, an empty list, or an object whose lists are all empty (a search without hits). */
function isEmpty(answer: unknown): boolean {
  if (answer === null) return true;
  if (Array.isArray(answer)) return answer.length === 0;
  const lists = Object.values(answer as object).filter(Array.isArray);
  return lists.length > 0 && lists.every((list) => list.length === 0);
}

/**
 * Asks every system that can express `op` and checks that all canonical answers equal LOCI's.
 * Returns each system's answer and round trips (null for a system that cannot express it).
 * Throws naming the operation, the system and the first difference when they disagree.
 */
export async function checkSameAnswer(op: Operation, urls: SystemUrls, f: Fixtures): Promise<Partial<Record<SystemName, Answer | null>>> {
  const answers: Partial<Record<SystemName, Answer | null>> = {};
  for (const [system, url] of Object.entries(urls) as [SystemName, string][]) {
    const cannot = (system === 'neo4jGraphql' && !op.neo4jGraphql) || (system === 'driver' && !op.driver);
    answers[system] = cannot ? null : await ask(system, url, op, f);
  }
  const reference = answers.loci;
  if (!reference) throw new Error('LOCI Graph must be among the systems checked');
  if (isEmpty(reference.answer)) {
    throw new Error(`${op.name}: LOCI Graph answered nothing, so the comparison would prove nothing (check the fixtures)`);
  }
  for (const [system, answer] of Object.entries(answers)) {
    if (!answer || system === 'loci') continue;
    const diff = firstDifference(reference.answer, answer.answer);
    if (diff) throw new Error(`${op.name}: ${system} answers differently from LOCI Graph at ${diff}`);
  }
  return answers;
}
