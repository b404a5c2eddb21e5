import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { toNodeRow, TYPE_OF, type NodeRow } from './node.repository.js';
import { RELATIONSHIP_FIELDS, fieldPattern, type RelationshipFieldName } from './relationship-fields.js';

/** One parent's request for one relationship field: the page after `after` (a node id), `first` long. */
export interface RelatedKey {
  id: string;
  field: RelationshipFieldName;
  first: number;
  after?: string | null;
}

/** The relationship's own properties (role, since, until, sources). */
export type RelationshipProps = Record<string, unknown>;

export interface RelatedItem {
  node: NodeRow;
  relationship: RelationshipProps;
}

export interface RelatedPage {
  items: RelatedItem[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * Loads one relationship field for many parents in one round trip. All keys must share `field`
 * and `first` (the loader groups them so). Results are in key order; a parent that does not
 * exist gets an empty page. Related nodes are ordered by id, and each parent's page is limited
 * inside a subquery so a hub never returns more than `first + 1` rows.
 */
export async function findRelated(executor: Executor, keys: readonly RelatedKey[]): Promise<RelatedPage[]> {
  const field = RELATIONSHIP_FIELDS[keys[0].field];
  const first = keys[0].first;
  const pattern = fieldPattern(field, field.target ?? ENTITY_LABEL);
  const rows = await executor.read(
    `UNWIND $keys AS k
     MATCH (n:${ENTITY_LABEL} {id: k.id})
     CALL (n, k) {
       MATCH ${pattern}
       WHERE k.after IS NULL OR m.id > k.after
       WITH r, m ORDER BY m.id LIMIT $limit
       RETURN collect({ rel: properties(r), props: properties(m), type: ${TYPE_OF('m')} }) AS items
     }
     RETURN k.i AS i, items, COUNT { ${pattern} } AS total`,
    { keys: keys.map((k, i) => ({ i, id: k.id, after: k.after ?? null })), limit: int(first + 1), nodeTypes: NODE_TYPES },
  );
  // Rows come back keyed by position: UNWIND keeps no order, and one parent may appear twice.
  const byIndex = new Map(rows.map((r) => [r.i as number, r]));
  return keys.map((_, i) => {
    const row = byIndex.get(i);
    if (!row) return { items: [], totalCount: 0, hasNextPage: false };
    const items = row.items as { rel: RelationshipProps; props: Record<string, unknown>; type: NodeType }[];
    return {
      items: items.slice(0, first).map((i) => ({ node: toNodeRow(i.type, i.props), relationship: i.rel })),
      totalCount: row.total as number,
      hasNextPage: items.length > first,
    };
  });
}
