import { ENTITY_LABEL } from '../model/index.js';
import type { Executor, WriteTransaction } from '../neo4j/executor.js';

/** The node properties that record who created a node: set once on create, kept by updates. */
export const OWNER_ORG_PROPERTY = 'ownerOrg';
export const CREATED_BY_PROPERTY = 'createdBy';

/**
 * How an organisation holds an initiative: `edit` counts PARTNER_IN beside COORDINATES (partners
 * keep an initiative's record up to date); `manage` (delete it, change who coordinates it) counts
 * only COORDINATES, so a partner cannot remove an initiative or make itself its coordinator.
 */
export type Hold = 'edit' | 'manage';

/** The relationships through which an organisation holds an initiative, by Hold (types from the model). */
const HOLDS_INITIATIVE: Record<Hold, string> = { edit: 'COORDINATES|PARTNER_IN', manage: 'COORDINATES' };

/**
 * Initiatives an organisation owns: those it holds (HOLDS_INITIATIVE) and those it created.
 * A Cypher predicate on `i`, parameter `$org`.
 */
const ownsInitiative = (hold: Hold) => `(i.${OWNER_ORG_PROPERTY} = $org OR EXISTS { (:Organisation {id: $org})-[:${HOLDS_INITIATIVE[hold]}]->(i) })`;

/** A person `n` who works at organisation `$org`: that organisation owns the record. */
const WORKS_AT_ORG = 'EXISTS { (n)-[:WORKS_AT]->(:Organisation {id: $org}) }';

/**
 * For each id, whether organisation `org` owns that node (the rule is documented in policy.ts),
 * for editing (`edit`, the default) or for deleting and changing coordination (`manage`: being
 * PARTNER_IN an initiative does not count). One round trip inside the caller's transaction, so
 * the answer matches what the write will see. Unknown ids are not owned.
 */
export async function findOwnedIds(tx: WriteTransaction, org: string, ids: string[], hold: Hold = 'edit'): Promise<Set<string>> {
  const initiativeOwned = ownsInitiative(hold);
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     WITH n WHERE n.${OWNER_ORG_PROPERTY} = $org
       OR (n:Organisation AND n.id = $org)
       OR (n:Initiative AND EXISTS { (:Organisation {id: $org})-[:${HOLDS_INITIATIVE[hold]}]->(n) })
       OR (n:Learning AND (
            EXISTS { (:Organisation {id: $org})-[:AUTHORED]->(n) }
            OR EXISTS { MATCH (i:Initiative)-[:LEARNED]->(n) WHERE ${initiativeOwned} }))
       OR (n:Commitment AND (
            EXISTS { (:Organisation {id: $org})-[:MADE]->(n) }
            OR EXISTS { MATCH (i:Initiative)-[:ADVANCES]->(n) WHERE ${initiativeOwned} }))
       OR (n:Actor AND ${WORKS_AT_ORG})
     RETURN n.id AS id`,
    { org, ids },
  );
  return new Set(rows.map((r) => r.id as string));
}

/**
 * For each id, whether organisation `org` owns that person's record (it created it, or the person
 * WORKS_AT it: the rule of findOwnedIds for an Actor), in key order; false for an unknown id.
 * One read; the loader `actorOwnedBy` batches it per request.
 */
export async function findActorsOwnedBy(executor: Executor, org: string, ids: readonly string[]): Promise<boolean[]> {
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (n:Actor {id: id}) WHERE n.${OWNER_ORG_PROPERTY} = $org OR ${WORKS_AT_ORG}
     RETURN n.id AS id`,
    { org, ids },
  );
  const owned = new Set(rows.map((r) => r.id as string));
  return ids.map((id) => owned.has(id));
}
