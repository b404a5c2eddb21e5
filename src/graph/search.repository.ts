import { NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import type { Keyset } from './list.repository.js';
import { toNodeRow, typeOfLabels, type NodeRow } from './node.repository.js';
import { nodeProjection, toProperties } from './projection.js';
import { liftExpression, liftGates, toRankingParameters } from './search-ranking.cypher.js';

export const FULLTEXT_INDEX = 'entity_text';

/** Characters with a meaning in Lucene query syntax, escaped so user text is only ever words. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Words Lucene's classic parser reads as operators when they stand alone in upper case: a person
 * searching "hivos OR" means the word. Escaping their first letter makes them terms (the analyzer
 * still lower-cases them as it does every word).
 */
const LUCENE_OPERATOR_WORD = /^(AND|OR|NOT|TO)$/;

/** One typed word as a Lucene term: special characters escaped, an operator word made a term. */
export function toLuceneTerm(word: string): string {
  return word.replace(LUCENE_SPECIAL, '\\$&').replace(LUCENE_OPERATOR_WORD, '\\$1');
}

/** Fields a person names a thing by: a hit there outranks a mention in a summary or biography. */
const NAME_FIELDS = ['name', 'title', 'acronym'];

/**
 * Turns what a person typed into a Lucene query: every word escaped, the last one also matched
 * as a prefix (so "hiv" finds Hivos while typing), and hits in names and titles boosted.
 * Exported for unit tests.
 */
export function toLuceneQuery(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).map(toLuceneTerm);
  if (words.length === 0) return '';
  const last = words[words.length - 1];
  const terms = [...words.slice(0, -1), `(${last} OR ${last}*)`].join(' ');
  return [`(${terms})`, ...NAME_FIELDS.map((f) => `${f}:(${terms})^4`)].join(' OR ');
}

export interface SearchRequest {
  text: string;
  types: NodeType[];
  first: number;
  after?: Keyset;
  /** The node properties to read of each hit (see Projection), only when one type is searched; all of them when null or omitted. */
  properties?: readonly string[] | null;
}

/**
 * Full-text hits, best first (score, then id), one page after `after`, with the total: one round
 * trip. Hits hold `properties` only when one type is searched and they are given (see Projection).
 */
export async function searchNodes(executor: Executor, req: SearchRequest) {
  // Every hit is scored, so per-hit work is kept small: label tests rather than labels(node), the
  // stored lower-case label (LABEL_KEY) rather than toLower, and only when the index says some
  // searched node's label starts with the typed text; the acronym only where organisations can hit.
  const wanted = NODE_TYPES.filter((t) => req.types.includes(t));
  const typeFilter = wanted.length ? `WHERE ${wanted.map((t) => `node:${t}`).join(' OR ')}` : '';
  const liftable = wanted.length ? `AND (${wanted.map((t) => `l:${t}`).join(' OR ')})` : '';
  // One type searched: its name, and the properties asked of it; any other search reads whole nodes.
  const projected = wanted.length === 1 ? (req.properties ?? null) : null;
  const type = wanted.length === 1 ? `['${wanted[0]}']` : 'labels(node)';
  const rows = await executor.read(
    `WITH ${liftGates(liftable)}
     CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH lifting, idLift, node, score ${typeFilter}
     // Lucene scores words, not intent: the node that is what was typed comes first (search-ranking.cypher.ts).
     WITH node, score + ${liftExpression(wanted.length === 0 || wanted.includes('Organisation'))} AS score
     // Sorted by score alone: the id breaks ties only among the hits that can reach the page,
     // so ids are read for those few, not for every hit.
     WITH node, score ORDER BY score DESC
     // Every hit counts; only hits after the cursor are kept (collect drops the nulls).
     WITH count(*) AS total, collect(CASE WHEN $afterId IS NULL OR score < $afterScore OR (score = $afterScore AND node.id > $afterId)
       THEN { node: node, score: score } END) AS rest
     // The page is the best $limit of rest by (score, id): all of them score at least the $limit-th score.
     WITH total, CASE WHEN size(rest) > $limit THEN [h IN rest WHERE h.score >= rest[$limit - 1].score] ELSE rest END AS head
     // Grouping makes fresh rows: the sort below would otherwise keep, with each row it holds, the
     // list of every hit, and the transaction memory counts that list once per row.
     UNWIND CASE WHEN size(head) = 0 THEN [null] ELSE head END AS h
     WITH total, h.node AS node, h.score AS score, count(*) AS fresh
     WITH total, node, score ORDER BY score DESC, node.id ASC LIMIT $limit
     // Properties are read for the page only, not for every hit.
     RETURN total, collect(CASE WHEN node IS NOT NULL THEN { id: node.id, props: ${nodeProjection('node', projected)}, labels: ${type}, score: score } END) AS page`,
    { ...toRankingParameters(req.text), index: FULLTEXT_INDEX, query: toLuceneQuery(req.text), afterScore: req.after?.value ?? null, afterId: req.after?.id ?? null, limit: int(req.first + 1) },
  );
  // Back in rank order: collecting after UNWIND promises none.
  const page = ((rows[0]?.page ?? []) as { id: string; props: Record<string, unknown>; labels: string[]; score: number }[]).sort(
    (a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    totalCount: (rows[0]?.total as number) ?? 0,
    hasNextPage: page.length > req.first,
    hits: page.slice(0, req.first).map((h): { score: number; node: NodeRow } => ({ score: h.score, node: toNodeRow(typeOfLabels(h.labels), toProperties(projected, h.props)) })),
  };
}
