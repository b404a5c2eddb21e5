import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { NODE_PROPERTIES, toNodeRow, TYPE_OF, type NodeRow } from './node.repository.js';
import { RELATIONSHIP_FIELDS, fieldPattern, type RelationshipFieldName } from './relationship-fields.js';
import { FULL_PROJECTION, nodeProjection, relationshipProjection, toProperties, type Projection } from './projection.js';

/** One parent's request for one relationship field: the page after `after` (a node id), `first` long. */
export interface RelatedKey {
  id: string;
  field: RelationshipFieldName;
  first: number;
  after?: string | null;
  /** What to read of the related nodes and relationships; all of it when omitted. */
  projection?: Projection;
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
 * Loads one relationship field for many parents in one round trip. All keys must share `field`,
 * `first` and `projection` (the loader groups them so). Results are in key order; a parent that does not
 * exist gets an empty page. Related nodes are ordered by id, and each parent's page is limited
 * inside a subquery so a hub never returns more than `first + 1` rows.
 */
export async function findRelated(executor: Executor, keys: readonly RelatedKey[]): Promise<RelatedPage[]> {
  return (await findRelatedGroups(executor, [keys]))[0];
}

/**
 * Loads several groups of keys (each group one field and one `first`, as findRelated takes
 * them) in ONE round trip: one subquery per group, all in one statement. A statement costs the
 * database a fixed price whatever it reads, so the relationship fields of one GraphQL level
 * cost one statement, not one each. Returns one result per group, in group order, each as
 * findRelated returns it.
 */
export async function findRelatedGroups(executor: Executor, groups: readonly (readonly RelatedKey[])[]): Promise<RelatedPage[][]> {
  const params: Record<string, unknown> = { nodeTypes: NODE_TYPES };
  const subqueries = groupSubqueries(groups, params);
  const [row] = await executor.read(`${subqueries.join('\n')}\nRETURN ${groups.map((_, g) => `group${g}`).join(', ')}`, params);
  return groups.map((keys, g) => toPages(keys, row[`group${g}`] as GroupRow[]));
}

/**
 * One node by id (null when there is none, as findNodesByIds) and groups of relationship keys
 * (as findRelatedGroups) in ONE statement: a root query for one node and the relationship
 * fields selected on it cost one round trip.
 */
export async function findNodeAndRelated(
  executor: Executor,
  id: string,
  groups: readonly (readonly RelatedKey[])[],
): Promise<{ node: NodeRow | null; pages: RelatedPage[][] }> {
  const params: Record<string, unknown> = { nodeTypes: NODE_TYPES, nodeId: id };
  const subqueries = groupSubqueries(groups, params);
  const [row] = await executor.read(
    `OPTIONAL MATCH (n:${ENTITY_LABEL} {id: $nodeId})
     WITH ${TYPE_OF('n')} AS nodeType, ${NODE_PROPERTIES('n')} AS nodeProps
     ${subqueries.join('\n')}
     RETURN nodeType, nodeProps, ${groups.map((_, g) => `group${g}`).join(', ')}`,
    params,
  );
  return {
    node: row.nodeProps ? toNodeRow(row.nodeType as NodeType, row.nodeProps as Record<string, unknown>) : null,
    pages: groups.map((keys, g) => toPages(keys, row[`group${g}`] as GroupRow[])),
  };
}

/** One CALL subquery per group, returning `group<g>`; adds its parameters to `params`. */
function groupSubqueries(groups: readonly (readonly RelatedKey[])[], params: Record<string, unknown>): string[] {
  return groups.map((keys, g) => {
    const field = RELATIONSHIP_FIELDS[keys[0].field];
    const pattern = fieldPattern(field, field.target ?? ENTITY_LABEL);
    // A field that reaches one type (from the whitelist) needs no label lookup per node.
    const type = field.target ? `'${field.target}'` : TYPE_OF('m');
    const projection = keys[0].projection ?? FULL_PROJECTION;
    params[`keys${g}`] = keys.map((k, i) => ({ i, id: k.id, after: k.after ?? null }));
    params[`limit${g}`] = int(keys[0].first + 1);
    params[`props${g}`] = projection.node;
    params[`relProps${g}`] = projection.relationship;
    return `CALL () {
       UNWIND $keys${g} AS k
       MATCH (n:${ENTITY_LABEL} {id: k.id})
       CALL (n, k) {
         MATCH ${pattern}
         WHERE k.after IS NULL OR m.id > k.after
         WITH r, m ORDER BY m.id LIMIT $limit${g}
         RETURN collect({ rel: ${relationshipProjection('r', projection.relationship, `relProps${g}`)}, props: ${nodeProjection('m', projection.node, `props${g}`)}, type: ${type} }) AS items
       }
       RETURN collect({ i: k.i, items: items, total: COUNT { ${pattern} } }) AS group${g}
     }`;
  });
}

interface GroupRow {
  i: number;
  /** Maps, or lists of values for a projection (toProperties reads both). */
  items: { rel: unknown; props: unknown; type: NodeType }[];
  total: number;
}

/** One group's rows back in key order: UNWIND keeps no order, and one parent may appear twice. */
function toPages(keys: readonly RelatedKey[], rows: GroupRow[]): RelatedPage[] {
  const first = keys[0].first;
  const { node: nodeKeys, relationship: relKeys } = keys[0].projection ?? FULL_PROJECTION;
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return keys.map((_, i) => {
    const row = byIndex.get(i);
    if (!row) return { items: [], totalCount: 0, hasNextPage: false };
    return {
      items: row.items
        .slice(0, first)
        .map((item) => ({ node: toNodeRow(item.type, toProperties(nodeKeys, item.props)), relationship: toProperties(relKeys, item.rel) })),
      totalCount: row.total,
      hasNextPage: row.items.length > first,
    };
  });
}
