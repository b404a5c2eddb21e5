import { ENTITY_LABEL } from '../model/index.js';
import type { Executor, Row } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { toEntry } from '../graph/audit.repository.js';
import { toNetworkCypher, type NetworkFilterValues } from '../network/network-filter.cypher.js';
import { toChangeEvent, type ChangeEvent } from './change.model.js';

/** Which entries to read: node types and ids are filtered in Cypher (both are indexed properties). */
export interface ChangeQuery {
  after: number;
  limit: number;
  types?: readonly string[] | null;
  ids?: readonly string[] | null;
}

/**
 * Up to `limit` changes with a sequence above `after`, oldest first; one round trip. Each
 * relationship change gets its start node's label as it is now (the entry keeps no copy).
 */
export async function findChangesAfter(executor: Executor, q: ChangeQuery): Promise<ChangeEvent[]> {
  const rows = await executor.read(
    `MATCH (a:AuditEntry) WHERE a.seq > $after
       AND ($types IS NULL OR a.nodeType IN $types)
       AND ($ids IS NULL OR a.nodeId IN $ids OR a.targetId IN $ids)
     WITH a ORDER BY a.seq LIMIT $limit
     OPTIONAL MATCH (n:${ENTITY_LABEL} {id: a.nodeId})
     RETURN properties(a) AS a, coalesce(n.name, n.title) AS label`,
    { after: int(q.after), limit: int(q.limit), types: q.types ?? null, ids: q.ids ?? null },
  );
  return rows.map((row: Row) => toChangeEvent(toEntry(row), (row.label as string | null) ?? null));
}

/** The sequence of the newest change (0 when there is none yet). */
export async function findLatestSequence(executor: Executor): Promise<number> {
  const [row] = await executor.read("OPTIONAL MATCH (s:ChangeSequence {name: 'audit'}) RETURN coalesce(s.value, 0) AS seq");
  return Number(row?.seq ?? 0);
}

/**
 * Of `ids`, those of nodes that a network with `filter` would hold now (the `network` query's
 * node conditions and scope; not its size cap). One round trip.
 */
export async function findNodesInNetwork(executor: Executor, filter: NetworkFilterValues, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const where = toNetworkCypher(filter);
  const scope = where.anchor
    ? `AND (${where.anchor('n')} OR n.id IN $f_scopeIds OR EXISTS { MATCH (n)--(a:${ENTITY_LABEL}) WHERE ${where.anchor('a')} })`
    : '';
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id}) WHERE ${where.node('n')} ${scope}
     RETURN n.id AS id`,
    { ...where.params, ids },
  );
  return new Set(rows.map((r) => r.id as string));
}
