import { ENTITY_LABEL } from '../model/index.js';
import type { WriteTransaction } from '../neo4j/executor.js';

/** The node properties that record who created a node: set once on create, kept by updates. */
export const OWNER_ORG_PROPERTY = 'ownerOrg';
export const CREATED_BY_PROPERTY = 'createdBy';

/**
 * Initiatives an organisation owns: those it COORDINATES or is PARTNER_IN, and those it created.
 * A Cypher predicate on `i`, parameter `$org`.
 */
const OWNS_INITIATIVE = `(i.${OWNER_ORG_PROPERTY} = $org OR EXISTS { (:Organisation {id: $org})-[:COORDINATES|PARTNER_IN]->(i) })`;

/**
 * For each id, whether organisation `org` owns that node (the rule is documented in policy.ts).
 * One round trip inside the caller's transaction, so the answer matches what the write will see.
 * Unknown ids are not owned.
 */
export async function findOwnedIds(tx: WriteTransaction, org: string, ids: string[]): Promise<Set<string>> {
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     WITH n WHERE n.${OWNER_ORG_PROPERTY} = $org
       OR (n:Organisation AND n.id = $org)
       OR (n:Initiative AND EXISTS { (:Organisation {id: $org})-[:COORDINATES|PARTNER_IN]->(n) })
       OR (n:Learning AND (
            EXISTS { (:Organisation {id: $org})-[:AUTHORED]->(n) }
            OR EXISTS { MATCH (i:Initiative)-[:LEARNED]->(n) WHERE ${OWNS_INITIATIVE} }))
       OR (n:Commitment AND (
            EXISTS { (:Organisation {id: $org})-[:MADE]->(n) }
            OR EXISTS { MATCH (i:Initiative)-[:ADVANCES]->(n) WHERE ${OWNS_INITIATIVE} }))
       OR (n:Actor AND EXISTS { (n)-[:WORKS_AT]->(:Organisation {id: $org}) })
     RETURN n.id AS id`,
    { org, ids },
  );
  return new Set(rows.map((r) => r.id as string));
}
