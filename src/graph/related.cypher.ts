import { ENTITY_LABEL, type NodeType } from '../model/index.js';
import { int } from '../neo4j/convert.js';
import { toNodeRow, TYPE_OF } from './node.repository.js';
import { FULL_PROJECTION, nodeProjection, relationshipProjection, toProperties, type Projection } from './projection.js';
import { RELATIONSHIP_FIELDS, fieldPattern, type RelationshipFieldName } from './relationship-fields.js';
import type { RelatedItem, RelatedKey, RelatedPage } from './relationship.repository.js';

/**
 * One relationship field to read for every node of a level, and the fields to read below it:
 * what a GraphQL selection will ask level by level, read in the statement of the level above.
 * Every parent gets the same page (`first` after `after`), as one field's resolver asks for all.
 */
export interface RelatedPlan {
  field: RelationshipFieldName;
  first: number;
  after: string | null;
  projection: Projection;
  /** Relationship fields of the related nodes, read in the same statement. */
  nested: RelatedPlan[];
}

/** A page read ahead, under the loader key its resolver will ask with. */
export interface Prefetched {
  key: RelatedKey;
  page: RelatedPage;
}

/**
 * What one plan's expression returns for one parent: its page of items and the count (null when
 * not asked). Lists, not maps: the driver decodes every key of every map it reads, and a page
 * tree of a list of 50 holds about a thousand items. An item's type is read only for a field
 * reaching several types.
 */
type PlanValue = [items: PlanItem[], total: number | null];
type PlanItem = [rel: unknown, props: unknown, related: PlanValue[], type?: NodeType];

/**
 * Cypher reading `plans` for the node bound to `parent`: `calls`, CALL subqueries to place
 * where `parent` is bound (one row in, one row out), and `values`, one expression per plan to
 * project in that row (PlanValue). Nested plans nest the same way, so a tree of fields is one
 * statement. Parameters are added to `params` under names made from `prefix`; labels and
 * relationship types come from RELATIONSHIP_FIELDS only, property names from the projection
 * (checked against the model in projection.ts).
 */
export function planCypher(plans: readonly RelatedPlan[], parent: string, prefix: string, params: Record<string, unknown>): { calls: string; values: string[] } {
  const calls: string[] = [];
  const values = plans.map((plan, i) => {
    const p = `${prefix}_${i}`;
    const [r, m] = [`r${p}`, `m${p}`];
    const field = RELATIONSHIP_FIELDS[plan.field];
    const pattern = fieldPattern(field, field.target ?? ENTITY_LABEL, parent, r, m);
    // A field that reaches one type (from the whitelist) needs no label lookup per node.
    const type = field.target ? '' : `, ${TYPE_OF(m)}`;
    params[`${p}limit`] = int(plan.first + 1);
    if (plan.after !== null) params[`${p}after`] = plan.after;
    const after = plan.after === null ? '' : ` WHERE ${m}.id > $${p}after`;
    const nested = planCypher(plan.nested, m, p, params);
    // The page is limited inside the subquery, so a hub never returns more than first + 1 rows.
    // Kept on few lines: every byte of a statement is sent with each request.
    calls.push(
      `CALL (${parent}) { MATCH ${pattern}${after} WITH ${r}, ${m} ORDER BY ${m}.id LIMIT $${p}limit ${nested.calls}` +
        ` RETURN collect([${relationshipProjection(r, plan.projection.relationship)}, ${nodeProjection(m, plan.projection.node)}, [${nested.values.join(', ')}]${type}]) AS items${p} }`,
    );
    return `[items${p}, ${plan.projection.count ? `COUNT { ${pattern} }` : 'null'}]`;
  });
  return { calls: calls.join('\n'), values };
}

/**
 * Reads back what planCypher's `values` returned for the parent `parentId`: its pages, in plan
 * order, and every page of the tree (its own and the nested ones) appended to `out` under the
 * key its resolver will load.
 */
export function toPlanPages(plans: readonly RelatedPlan[], parentId: string, values: readonly PlanValue[], out: Prefetched[]): RelatedPage[] {
  return plans.map((plan, i) => {
    const { node: nodeKeys, relationship: relKeys } = plan.projection;
    const target = RELATIONSHIP_FIELDS[plan.field].target;
    const [read, total] = values[i];
    const items: RelatedItem[] = [];
    for (const [rel, props, related, type] of read.slice(0, plan.first)) {
      const node = toNodeRow(target ?? type!, toProperties(nodeKeys, props));
      items.push({ node, relationship: toProperties(relKeys, rel) });
      if (plan.nested.length) toPlanPages(plan.nested, node.id, related, out);
    }
    const page: RelatedPage = { items, totalCount: total ?? 0, hasNextPage: read.length > plan.first };
    out.push({ key: { id: parentId, field: plan.field, first: plan.first, after: plan.after, projection: plan.projection }, page });
    return page;
  });
}

/** The plan of a loader key: the key's field and page, nothing nested. */
export function planOf(key: RelatedKey): RelatedPlan {
  return { field: key.field, first: key.first, after: key.after ?? null, projection: key.projection ?? FULL_PROJECTION, nested: [] };
}
