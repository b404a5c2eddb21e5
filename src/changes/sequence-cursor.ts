import { BadUserInputError } from '../errors.js';

/**
 * Reads an `after` argument of the change feed: a sequence as the API gives it (a decimal
 * number); null when absent. BAD_USER_INPUT naming `after` otherwise.
 */
export function parseSequence(after: string | null | undefined): number | null {
  if (after === null || after === undefined) return null;
  if (!/^\d{1,15}$/.test(after)) throw new BadUserInputError('after', `must be a change sequence, a whole number such as "42" (got ${JSON.stringify(after.slice(0, 40))})`);
  return Number(after);
}
