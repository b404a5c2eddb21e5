import { BadUserInputError, NotFoundError } from '../errors.js';

/**
 * Returns `value` (or `fallback` when the client sent null) when it is a whole number in
 * min..max; otherwise throws BAD_USER_INPUT naming `field` and the allowed range.
 */
export function assertInRange(field: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new BadUserInputError(field, `must be between ${min} and ${max} (got ${n})`);
  }
  return n;
}

/**
 * NOT_FOUND naming the argument that held an unknown id, in the message (`from: node "x" does
 * not exist`) and in `extensions.field`, as BAD_USER_INPUT errors do.
 */
export function nodeNotFound(argument: string, id: string): NotFoundError {
  const error = new NotFoundError(`${argument}: node`, id);
  Object.assign(error.extensions, { field: argument });
  return error;
}
