import { ENTITY_LABEL } from '../model/index.js';
import { int } from '../neo4j/convert.js';
import { toNodeRow, typeOfLabels } from './node.repository.js';
import { FULL_PROJECTION, nodeValues, propertiesAt, relationshipValues, width, type Projection } from './projection.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../model/index.js';
import { fieldPattern } from './relationship-pattern.cypher.js';
import type { RelatedItem, RelatedKey, RelatedPage } from './relationship.types.js';

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
 * What planCypher's expressions return for one parent, flat: per plan, its items and then, when
 * the plan asks for it, its count. An item is one flat list too: the node's values (or its map,
 * for a whole node), the relationship's, each nested plan's items (and count), and last the
 * node's labels when the field reaches several types. Flat lists, not maps or lists of lists:
 * the driver decodes every key of every map and allocates every list it reads, and a page tree
 * of a list of 50 holds about a thousand items.
 */
type PlanValues = readonly unknown[];

/** planCypher's answer: a list expression to place where the parent is bound, and its parameters. */
export interface PlannedCypher {
  list: string;
  /** Shared by every statement of the same plans: copied, never changed. */
  params: Readonly<Record<string, unknown>>;
}

/** By plans array, then by parent variable and prefix. */
const planned = new WeakMap<readonly RelatedPlan[], Map<string, PlannedCypher>>();

/**
 * Cypher reading `plans` for the node bound to `parent`, as one list (PlanValues): per plan, a
 * COLLECT subquery of its page, then its COUNT when asked. Nested plans nest inside the items,
 * so a tree of fields is one statement. Parameters are named from `prefix`; labels and
 * relationship types come from RELATIONSHIP_FIELDS only, property names from the projection
 * (checked against the model in projection.ts).
 *
 * Kept short: every byte of a statement is sent with each request, and the driver writes a
 * message in 1,400-byte chunks, one socket write each. A node by id with eight relationship
 * fields fits one.
 *
 * Written once per plans array: a root resolver's plans are memoised per operation
 * (src/execution/selection-memo.ts), so an operation's requests share theirs.
 */
export function planCypher(plans: readonly RelatedPlan[], parent: string, prefix: string): PlannedCypher {
  let byPlace = planned.get(plans);
  if (!byPlace) {
    byPlace = new Map();
    planned.set(plans, byPlace);
  }
  const place = `${parent} ${prefix}`;
  let cypher = byPlace.get(place);
  if (!cypher) {
    const params: Record<string, unknown> = {};
    cypher = { list: `[${planExpressions(plans, parent, prefix, params).join(', ')}]`, params };
    byPlace.set(place, cypher);
  }
  return cypher;
}

/** planCypher's list items, its parameters added to `params`. */
function planExpressions(plans: readonly RelatedPlan[], parent: string, prefix: string, params: Record<string, unknown>): string[] {
  return plans.flatMap((plan, i) => {
    const p = prefix ? `${prefix}_${i}` : String(i);
    const [r, m] = [`r${p}`, `m${p}`];
    const field = RELATIONSHIP_FIELDS[plan.field];
    const label = field.target ?? ENTITY_LABEL;
    params[`l${p}`] = int(plan.first + 1);
    if (plan.after !== null) params[`a${p}`] = plan.after;
    const after = plan.after === null ? '' : ` WHERE ${m}.id > $a${p}`;
    const item = [
      ...nodeValues(m, plan.projection.node),
      ...relationshipValues(r, plan.projection.relationship),
      ...planExpressions(plan.nested, m, p, params),
      // A field that reaches one type (from the whitelist) needs no labels per node.
      ...(field.target ? [] : [`labels(${m})`]),
    ];
    // The page is limited before its items are built, so a hub never reads more than first + 1.
    const page = `COLLECT { MATCH ${fieldPattern(field, label, parent, r, m)}${after} WITH * ORDER BY ${m}.id LIMIT $l${p} RETURN [${item.join(', ')}] }`;
    return plan.projection.count ? [page, `COUNT { ${fieldPattern(field, label, parent, '', '')} }`] : [page];
  });
}

/**
 * Reads back what planCypher's expressions returned for the parent `parentId`, from `values`
 * at `start`: its pages, in plan order, appended to `pages`, and every page of the tree (its own
 * and the nested ones) appended to `out` under the key its resolver will load. Returns where the
 * next value starts.
 */
function readPlanPages(plans: readonly RelatedPlan[], parentId: string, values: PlanValues, start: number, pages: RelatedPage[], out: Prefetched[]): number {
  let at = start;
  for (const plan of plans) {
    const { node: nodeKeys, relationship: relKeys, count } = plan.projection;
    const target = RELATIONSHIP_FIELDS[plan.field].target;
    const read = values[at++] as PlanValues[];
    const total = count ? (values[at++] as number) : 0;
    const items: RelatedItem[] = [];
    // Where an item's relationship values, then its nested pages, start.
    const relAt = width(nodeKeys);
    const nestedAt = relAt + width(relKeys);
    const shown = Math.min(read.length, plan.first);
    for (let k = 0; k < shown; k++) {
      const item = read[k];
      const type = target ?? typeOfLabels(item[item.length - 1] as string[]);
      const node = toNodeRow(type, propertiesAt(nodeKeys, item, 0));
      items.push({ node, relationship: propertiesAt(relKeys, item, relAt) });
      if (plan.nested.length) readPlanPages(plan.nested, node.id, item, nestedAt, [], out);
    }
    const page: RelatedPage = { items, totalCount: total, hasNextPage: read.length > plan.first };
    out.push({ key: { id: parentId, field: plan.field, first: plan.first, after: plan.after, projection: plan.projection }, page });
    pages.push(page);
  }
  return at;
}

/** The pages of `plans` for the parent `parentId` from planCypher's values, as readPlanPages reads them. */
export function toPlanPages(plans: readonly RelatedPlan[], parentId: string, values: PlanValues, out: Prefetched[]): RelatedPage[] {
  const pages: RelatedPage[] = [];
  readPlanPages(plans, parentId, values, 0, pages, out);
  return pages;
}

/** The plan of a loader key: the key's field and page, nothing nested. */
export function planOf(key: RelatedKey): RelatedPlan {
  return { field: key.field, first: key.first, after: key.after ?? null, projection: key.projection ?? FULL_PROJECTION, nested: [] };
}
