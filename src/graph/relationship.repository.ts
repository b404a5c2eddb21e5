import { ENTITY_LABEL } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { toNodeRow, typeOfLabels, type NodeRow } from './node.repository.js';
import { nodeProjection, toProperties } from './projection.js';
import { planCypher, planOf, toPlanPages, type Prefetched, type RelatedPlan } from './related.cypher.js';
import type { RelatedKey, RelatedPage } from './relationship.types.js';

export type { RelatedItem, RelatedKey, RelatedPage, RelationshipProps } from './relationship.types.js';

/**
 * Loads one relationship field for many parents in one round trip. All keys must share `field`,
 * `first`, `after` and `projection` (the loader groups them so). Results are in key order; a
 * parent that does not exist gets an empty page. Related nodes are ordered by id, and each
 * parent's page is limited inside a subquery so a hub never returns more than `first + 1` rows.
 */
export async function findRelated(executor: Executor, keys: readonly RelatedKey[]): Promise<RelatedPage[]> {
  return (await findRelatedGroups(executor, [keys]))[0];
}

/**
 * Loads several groups of keys (each group as findRelated takes them) in ONE round trip: one
 * subquery per group, all in one statement. A statement costs the database a fixed price
 * whatever it reads, so the relationship fields of one GraphQL level cost one statement, not
 * one each. Returns one result per group, in group order, each as findRelated returns it.
 */
export async function findRelatedGroups(executor: Executor, groups: readonly (readonly RelatedKey[])[]): Promise<RelatedPage[][]> {
  const params: Record<string, unknown> = {};
  const subqueries = groups.map((keys, g) => {
    params[`ids${g}`] = keys.map((k) => k.id);
    const related = planCypher([planOf(keys[0])], 'n', `g${g}`);
    Object.assign(params, related.params);
    return `CALL () {
       UNWIND $ids${g} AS id
       MATCH (n:${ENTITY_LABEL} {id: id})
       RETURN collect({ id: id, value: ${related.list} }) AS group${g}
     }`;
  });
  const [row] = await executor.read(`${subqueries.join('\n')}\nRETURN ${groups.map((_, g) => `group${g}`).join(', ')}`, params);
  return groups.map((keys, g) => {
    // UNWIND keeps no order: back to key order by id (a group holds each parent once).
    const plan = planOf(keys[0]);
    const byId = new Map((row[`group${g}`] as { id: string; value: never }[]).map((r) => [r.id, r.value]));
    return keys.map((k) => {
      const value = byId.get(k.id);
      return value ? toPlanPages([plan], k.id, value, [])[0] : { items: [], totalCount: 0, hasNextPage: false };
    });
  });
}

/**
 * One node by id (null when there is none, as findNodesByIds) and the relationship fields of
 * `plans` below it, nested ones included, in ONE statement: a root query for one node and the
 * relationship fields selected under it cost one round trip. The node holds the `properties`
 * given (see Projection), all of them when null. `prefetched`: every page read, under the key
 * its resolver will load (empty pages for a missing node).
 */
export async function findNodeAndRelated(
  executor: Executor,
  id: string,
  plans: readonly RelatedPlan[],
  properties: readonly string[] | null,
): Promise<{ node: NodeRow | null; prefetched: Prefetched[] }> {
  const related = planCypher(plans, 'n', '');
  const [row] = await executor.read(
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     RETURN labels(n) AS labels, ${nodeProjection('n', properties)} AS props, ${related.list} AS related`,
    { ...related.params, id },
  );
  if (!row) return { node: null, prefetched: [] };
  const node = toNodeRow(typeOfLabels(row.labels as string[]), toProperties(properties, row.props));
  const prefetched: Prefetched[] = [];
  toPlanPages(plans, id, row.related as unknown[], prefetched);
  return { node, prefetched };
}
