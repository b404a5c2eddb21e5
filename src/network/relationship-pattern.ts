import { RELATIONSHIP_TYPES, type RelationshipType } from '../model/index.js';

/**
 * The type part of a relationship pattern (`:A|B`), or '' for any type. Types are taken from the
 * model's whitelist (RELATIONSHIP_TYPES), never from the request's strings: relationship types
 * cannot be Cypher parameters. An empty list matches nothing, so it yields an impossible
 * pattern instead of "any".
 */
export function relationshipTypePattern(types: readonly RelationshipType[] | null | undefined): string {
  if (types === null || types === undefined) return '';
  const allowed = RELATIONSHIP_TYPES.filter((t) => types.includes(t));
  // No relationship type is ever named this: a pattern that matches no relationship.
  return allowed.length ? `:${allowed.join('|')}` : ':`NO RELATIONSHIP TYPE`';
}
