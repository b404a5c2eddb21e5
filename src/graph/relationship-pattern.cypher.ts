import type { RelationshipField } from '../model/index.js';

/**
 * The Cypher pattern of a relationship field (src/model/relationship-fields.ts) from `(n)` to
 * `(m)`, with `r` the relationship (other variable names may be given). The relationship type and
 * the label come from the model's tables, never from a request.
 */
export function fieldPattern(field: RelationshipField, targetLabel: string, n = 'n', r = 'r', m = 'm'): string {
  const rel = `[${r}:${field.relationship}]`;
  return field.direction === 'OUT' ? `(${n})-${rel}->(${m}:${targetLabel})` : `(${n})<-${rel}-(${m}:${targetLabel})`;
}
