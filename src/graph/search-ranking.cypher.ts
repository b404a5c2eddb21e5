import { ENTITY_LABEL, LABEL_KEY } from '../model/index.js';

/**
 * How search puts what was meant first. Lucene scores words, not intent: "LOCI" scores the
 * kick-off event ("LOCI kick-off: …") above the initiative whose id is `loci` and whose title
 * ends in "(LOCI)". These lifts are added to Lucene's score, in tiers far enough apart that a
 * hit of a higher tier always outranks one of a lower tier (Lucene's own scores stay under 30 on
 * names and titles):
 * - EXACT_ID: the typed text is the node's id ("loci", "kaduna-state-open-contracting");
 * - NAMED: it is the node's whole name, its acronym, or the acronym in its title's closing
 *   parentheses ("Local Open Contracting Initiative (LOCI)");
 * - PREFIX: the node's name starts with it (a person still typing).
 * Kept apart from the repository so the query's text handling and its ranking change separately.
 */
export const SEARCH_LIFT = { EXACT_ID: 100, NAMED: 50, PREFIX: 10 } as const;

/** The longest single word taken for an acronym in parentheses ("(OGP)", "(LOCI)"). */
const MAX_ACRONYM = 12;

export interface RankingParameters {
  /** The typed text, trimmed and in lower case (names are stored lower case too, LABEL_KEY). */
  typed: string;
  /** The typed text as an id would spell it: words joined by hyphens. */
  typedId: string;
  /** " (loci)" when the typed text can be an acronym, else null (no per-hit test then). */
  parenthesised: string | null;
  /** " (LOCI)": the name must write it in capitals, so "DOZORRO (Ukraine)" is not lifted for "ukraine". */
  acronymWritten: string | null;
}

/** The parameters the ranking's Cypher reads, from what a person typed. */
export function toRankingParameters(text: string): RankingParameters {
  const typed = text.trim().toLowerCase();
  const acronym = /^[\p{L}\p{N}]{2,}$/u.test(typed) && typed.length <= MAX_ACRONYM;
  return {
    typed,
    typedId: typed.split(/\s+/).filter(Boolean).join('-'),
    parenthesised: acronym ? ` (${typed})` : null,
    acronymWritten: acronym ? ` (${typed.toUpperCase()})` : null,
  };
}

/**
 * Cypher that works out, once per query, whether any lift can apply: `lifting` (some searched
 * node's name starts with the typed text; an index seek on LABEL_KEY) and `idLift` (a node has
 * the typed id; a seek on the id constraint). `searched` is the label test of the types searched
 * (for example "AND (l:Initiative)") or "". Its columns are `lifting, idLift`.
 */
export function liftGates(searched: string): string {
  return `EXISTS { MATCH (l:${ENTITY_LABEL}) WHERE l.${LABEL_KEY} STARTS WITH $typed ${searched} } AS lifting,
     EXISTS { MATCH (i:${ENTITY_LABEL} {id: $typedId}) } AS idLift`;
}

/**
 * The lift of one hit `node` (a Cypher expression over `node`, `lifting` and `idLift`), added to
 * its Lucene score. `organisations` is false when no organisation can hit, which spares reading
 * acronyms. Per-hit reads stay behind their gates: every hit is scored.
 */
export function liftExpression(organisations: boolean): string {
  const acronym = organisations ? ` OR (node:Organisation AND toLower(node.acronym) = $typed)` : '';
  return `CASE
       WHEN idLift AND node.id = $typedId THEN ${SEARCH_LIFT.EXACT_ID}
       WHEN (lifting AND node.${LABEL_KEY} = $typed)${acronym}
         OR ($parenthesised IS NOT NULL AND node.${LABEL_KEY} ENDS WITH $parenthesised
           AND (node.title ENDS WITH $acronymWritten OR node.name ENDS WITH $acronymWritten)) THEN ${SEARCH_LIFT.NAMED}
       WHEN lifting AND node.${LABEL_KEY} STARTS WITH $typed THEN ${SEARCH_LIFT.PREFIX}
       ELSE 0 END`;
}
