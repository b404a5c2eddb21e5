import type { NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { toNodeRow, type NodeRow } from './node.repository.js';
import { nodeProjection, toProperties } from './projection.js';
import { planCypher, toPlanPages, type Prefetched, type RelatedPlan } from './related.cypher.js';

/** A WHERE fragment on `n`, written by this codebase (never from request text), with its parameters. */
export interface Condition {
  cypher: string;
  params: Record<string, unknown>;
  /**
   * For a condition that names one node (a theme, a place, an organisation by id): a MATCH
   * pattern binding `n` from that node, true exactly where `cypher` is. A list can start there
   * instead of scanning every node of its type. Its `(n)` is given the list's label.
   */
  anchor?: string;
}

/** Keyset position: the sort value and id of the last row of the previous page. */
export interface Keyset {
  value: string | number | boolean | null;
  id: string;
}

export interface ListRequest {
  type: NodeType;
  conditions: Condition[];
  /** Cypher expression on `n` to sort by: from a fixed whitelist, never from the request. */
  sortExpression: string;
  /**
   * True when the sort expression is a property every node of the type has (a required field):
   * it is then sorted as is, so the planner can read it in order from its index and stop after
   * one page, instead of sorting every node of the type.
   */
  sortAlwaysSet?: boolean;
  direction: 'ASC' | 'DESC';
  first: number;
  after?: Keyset;
  withTotal: boolean;
  /** The node properties to read (see Projection): `id` among them; all of them when null or omitted. */
  properties?: readonly string[] | null;
  /** Relationship fields to read for every node of the page, in the same statement. */
  related?: readonly RelatedPlan[];
}

export interface ListPage {
  /** Nodes hold the requested properties only (ListRequest.properties). */
  rows: { node: NodeRow; key: Keyset }[];
  hasNextPage: boolean;
  totalCount: number | null;
  /** The pages of ListRequest.related, under the loader keys their resolvers will ask with. */
  prefetched: Prefetched[];
}

/**
 * One page of a node list in one round trip. Sorting is by (sort value, id), and the cursor
 * carries both, so a page starts right after the last row seen even when nodes are inserted or
 * deleted in between (keyset pagination, never offsets). Missing values of an optional sort
 * field sort as ''.
 */
export async function listNodes(executor: Executor, req: ListRequest): Promise<ListPage> {
  const sortExpr = req.sortAlwaysSet ? req.sortExpression : `coalesce(${req.sortExpression}, '')`;
  // Starting from the node a condition names reads its few neighbours, not every node of the
  // type (a theme's initiatives, not all LOCAL ones); that condition then holds by construction.
  const anchor = req.conditions.find((c) => c.anchor)?.anchor;
  const where = req.conditions.filter((c) => !anchor || c.anchor !== anchor).map((c) => `(${c.cypher})`);
  // Always true for a required field; it tells the planner the index holds every row it needs.
  if (req.sortAlwaysSet) where.push(`${req.sortExpression} IS NOT NULL`);
  const related = req.related ?? [];
  const relatedCypher = planCypher(related, 'n', '');
  const params: Record<string, unknown> = Object.assign({}, relatedCypher.params, ...req.conditions.map((c) => c.params));
  const cmp = req.direction === 'ASC' ? '>' : '<';
  const pageWhere = req.after ? [...where, `(${sortExpr} ${cmp} $afterValue OR (${sortExpr} = $afterValue AND n.id ${cmp} $afterId))`] : where;
  // The label goes into the pattern, so nodes of other types are dropped as they are reached.
  const anchored = anchor?.replace('(n)', `(n:${req.type})`);
  const match = (parts: string[]) =>
    anchored
      ? `MATCH ${anchored} WITH DISTINCT n ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}`
      : `MATCH (n:${req.type}) ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}`;
  const cypher = `
CALL () { ${req.withTotal ? `${match(where)} RETURN count(n) AS totalCount` : 'RETURN null AS totalCount'} }
CALL () {
  ${match(pageWhere)}
  WITH n, ${sortExpr} AS sortValue ORDER BY sortValue ${req.direction}, n.id ${req.direction} LIMIT $limit
  RETURN collect({ props: ${nodeProjection('n', req.properties ?? null)}, sortValue: sortValue, related: ${relatedCypher.list} }) AS page
}
RETURN totalCount, page`;
  const [row] = await executor.read(cypher, {
    ...params,
    limit: int(req.first + 1),
    afterValue: req.after?.value ?? null,
    afterId: req.after?.id ?? null,
  });
  const page = row.page as { props: unknown; sortValue: Keyset['value']; related: never[] }[];
  const prefetched: Prefetched[] = [];
  return {
    rows: page.slice(0, req.first).map((p) => {
      const node = toNodeRow(req.type, toProperties(req.properties ?? null, p.props));
      if (related.length) toPlanPages(related, node.id, p.related, prefetched);
      return { node, key: { value: p.sortValue, id: node.id } };
    }),
    prefetched,
    hasNextPage: page.length > req.first,
    totalCount: row.totalCount as number | null,
  };
}
