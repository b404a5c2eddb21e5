import { stringify } from 'yaml';
import { ENTITY_LABEL, NODE_TYPES, SEED_KEYS, toStoredRecord, fromRelationshipProperties, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';

/** Properties the server keeps itself (times, and who made a node through the API); the seed format leaves them out. */
const SERVER_FIELDS = ['createdAt', 'updatedAt', 'createdBy', 'ownerOrg'];

/** Field order in exported records: id first, sources last, the rest as stored. */
function orderRecord(record: Record<string, unknown>): Record<string, unknown> {
  const { id, sources, ...rest } = record;
  for (const f of SERVER_FIELDS) delete rest[f];
  const sorted = Object.fromEntries(Object.keys(rest).sort().map((k) => [k, rest[k]]));
  return { id, ...sorted, ...(sources === undefined ? {} : { sources }) };
}

/**
 * Reads the whole graph back in the seed format: one YAML text per node kind
 * (`organisations.yaml`, ...) and `relationships.yaml`, records sorted by id so that exports of
 * the same graph are byte-identical. Importing the result gives the same graph (the backup path).
 */
export async function exportGraph(executor: Executor, options: { includeSynthetic?: boolean } = {}): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const synthetic = options.includeSynthetic ?? false;
  for (const type of NODE_TYPES) {
    const rows = await executor.read(
      `MATCH (n:${type}) WHERE $synthetic OR n.synthetic IS NULL RETURN properties(n) AS props ORDER BY n.id`,
      { synthetic },
    );
    if (rows.length === 0) continue;
    const records = rows.map((r) => orderRecord(toStoredRecord(type as NodeType, r.props as Record<string, unknown>)));
    files.set(`${SEED_KEYS[type]}.yaml`, stringify({ [SEED_KEYS[type]]: records }, { lineWidth: 0 }));
  }
  const rels = await executor.read(
    `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
     WHERE $synthetic OR (a.synthetic IS NULL AND b.synthetic IS NULL)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
     ORDER BY type, from, to`,
    { synthetic },
  );
  if (rels.length > 0) {
    const records = rels.map((r) => {
      const props = fromRelationshipProperties(r.props as Record<string, unknown>);
      const { sources, ...rest } = props;
      const sorted = Object.fromEntries(Object.keys(rest).sort().map((k) => [k, rest[k]]));
      return { type: r.type, from: r.from, to: r.to, ...sorted, ...(sources === undefined ? {} : { sources }) };
    });
    files.set('relationships.yaml', stringify({ relationships: records }, { lineWidth: 0 }));
  }
  return files;
}
