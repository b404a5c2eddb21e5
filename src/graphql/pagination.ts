import { ArgsType, Field, Int } from 'type-graphql';
import { BadUserInputError } from '../errors.js';
import type { Keyset } from '../graph/list.repository.js';

export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'How many edges to return (at most MAX_PAGE_SIZE, 100 by default).' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return the edges after this cursor (`pageInfo.endCursor` of the previous page).' })
  after?: string | null;
}

/** Throws BAD_USER_INPUT naming `first` unless 1 <= first <= max. */
export function assertPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError('first', `must be between 1 and ${max} (got ${first})`);
  }
}

/** Cursors are opaque to clients: base64url of the keyset they stand for. */
export function encodeCursor(key: Keyset | string): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * An edge of a connection whose cursor is encoded only when a client selects it: most reads
 * never ask for it, and a page of 50 encoded 50 of them.
 */
export class CursorEdge<TNode> {
  constructor(
    readonly node: TNode,
    private readonly key: Keyset | string,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/** A connection's `pageInfo`, its `endCursor` (the last edge's) encoded only when selected. */
export function lazyPageInfo(edges: readonly { readonly cursor: string }[], hasNextPage: boolean) {
  return {
    hasNextPage,
    get endCursor(): string | null {
      return edges.at(-1)?.cursor ?? null;
    },
  };
}

/** Decodes a list cursor; BAD_USER_INPUT naming `after` when it is not one of ours. */
export function decodeKeyset(cursor: string): Keyset {
  const value = decode(cursor);
  if (typeof value === 'object' && value !== null && typeof (value as Keyset).id === 'string' && 'value' in value) {
    return value as Keyset;
  }
  throw new BadUserInputError('after', 'is not a valid cursor; use pageInfo.endCursor of a previous page');
}

/** Decodes a relationship cursor (the id of the last related node). */
export function decodeIdCursor(cursor: string): string {
  const value = decode(cursor);
  if (typeof value === 'string') return value;
  throw new BadUserInputError('after', 'is not a valid cursor; use pageInfo.endCursor of a previous page');
}

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
