import type { FloorQuery, Run } from './cypher.js';

/**
 * Floor queries of the node operations: the best Cypher I could write by hand for exactly the
 * answer each operation asks, one statement each, shaped in Cypher so the server only
 * serialises it.
 */

/** Up to 20 related nodes by id, projected: a COLLECT subquery per relationship field. */
const related = (pattern: string, projection: string) => `COLLECT { MATCH ${pattern} RETURN ${projection} ORDER BY m.id LIMIT 20 }`;

async function nodeById(run: Run, { id }: Record<string, any>) {
  const [row] = await run(
    `MATCH (n:Initiative {id: $id})
     RETURN n { .id, .title, .level, .status, .startDate,
       coordinators: ${related('(n)<-[r:COORDINATES]-(m:Organisation)', 'm { .id, .name, since: r.since, until: r.until }')},
       partners: ${related('(n)<-[r:PARTNER_IN]-(m:Organisation)', 'm { .id, .name, role: r.role, since: r.since, until: r.until }')},
       partnersCount: COUNT { (n)<-[:PARTNER_IN]-(:Organisation) },
       champions: ${related('(n)<-[r:CHAMPIONS]-(m:Actor)', 'm { .id, .name, role: r.role }')},
       memberOf: ${related('(n)-[:MEMBER_OF]->(m:Initiative)', 'm { .id, .title }')},
       themes: ${related('(n)-[:ABOUT]->(m:Theme)', 'm { .id, .name }')},
       learnings: ${related('(n)-[:LEARNED]->(m:Learning)', 'm { .id, .title, .kind }')},
       learningsCount: COUNT { (n)-[:LEARNED]->(:Learning) },
       commitments: ${related('(n)-[:ADVANCES]->(m:Commitment)', 'm { .id, .title }')},
       place: COLLECT { MATCH (n)-[:LOCATED_IN]->(m:Place) RETURN m { .id, .name } ORDER BY m.id LIMIT 1 }[0]
     } AS initiative`,
    { id },
  );
  return row?.initiative ?? null;
}

async function list50(run: Run) {
  // `title IS NOT NULL` (always true: titles are required) lets the planner read the title
  // index in order and stop after 50, instead of sorting every initiative.
  const rows = await run(
    `MATCH (n:Initiative) WHERE n.title IS NOT NULL
     WITH n ORDER BY n.title, n.id LIMIT 50
     RETURN n { .id, .title, .level,
       partners: COLLECT { MATCH (n)<-[r:PARTNER_IN]-(m:Organisation)
         RETURN m { .id, .name, role: r.role, headquarters: COLLECT { MATCH (m)-[:LOCATED_IN]->(p:Place) RETURN p { .id, .name } ORDER BY p.id LIMIT 1 }[0] }
         ORDER BY m.id LIMIT 20 },
       themes: ${related('(n)-[:ABOUT]->(m:Theme)', 'm { .id, .name }')},
       learnings: ${related('(n)-[:LEARNED]->(m:Learning)', 'm { .id, .title, .kind }')}
     } AS initiative`,
  );
  return rows.map((r) => r.initiative);
}

async function filteredPage(run: Run, { theme }: Record<string, any>) {
  // From the theme inwards: its initiatives are far fewer than all LOCAL ones.
  const rows = await run(
    `MATCH (:Theme {id: $theme})<-[:ABOUT]-(n:Initiative) WHERE n.level = 'LOCAL'
     RETURN n { .id, .title, .level, .startDate } AS initiative ORDER BY n.title, n.id LIMIT 20`,
    { theme },
  );
  return rows.map((r) => r.initiative);
}

async function search(run: Run, { query }: Record<string, any>) {
  // Lucene returns hits best first, but equal scores need the id order, so all hits are
  // sorted; only the page's 20 are projected.
  const [row] = await run(
    `CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
     WHERE node:Initiative
     WITH node, score ORDER BY score DESC, node.id
     WITH collect({ node: node, score: score }) AS hits
     RETURN size(hits) AS totalCount, [h IN hits[0..20] | { id: h.node.id, title: h.node.title, score: h.score }] AS hits`,
    { query },
  );
  return row;
}

async function entities(run: Run, { representations }: Record<string, any>) {
  const refs = representations as { __typename: string; id: string }[];
  const rows = await run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     RETURN n.id AS id, labels(n) AS labels, n { .title, .level, .name, .sector } AS props`,
    { ids: refs.map((r) => r.id) },
  );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return refs.map((ref) => {
    const row = byId.get(ref.id);
    if (!row || !row.labels.includes(ref.__typename)) return null;
    return { __typename: ref.__typename, id: ref.id, ...row.props };
  });
}

export const NODE_QUERIES: Record<string, FloorQuery> = { nodeById, list50, filteredPage, search, entities };
