import { RELATIONSHIP_SPECS, type RelationshipType } from '../model/index.js';
import type { Params, Row } from '../neo4j/executor.js';
import type { KnownOrganisation } from './match.js';

/** Runs one statement: a read of the executor (dry run) or of the import's own write transaction. */
export type Run = (cypher: string, params?: Params) => Promise<Row[]>;

/** A node as stored: its raw properties (JSON fields still strings) without the two instants, kept apart as full-precision strings. */
export interface StoredNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  createdAt: string | null;
  updatedAt: string | null;
}

/** Every id in the graph: new nodes get ids none of them has. */
export async function readTakenIds(run: Run): Promise<Set<string>> {
  const rows = await run('MATCH (n:Entity) RETURN n.id AS id');
  return new Set(rows.map((r) => r.id as string));
}

/** Every organisation, with the country it is located in (its place or a parent with an ISO code). */
export async function readOrganisations(run: Run): Promise<(KnownOrganisation & { located: boolean })[]> {
  const rows = await run(
    `MATCH (o:Organisation)
     RETURN o.id AS id, o.name AS name, o.identifiers AS identifiers, o.datasetIds AS datasetIds,
       COLLECT { MATCH (o)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(c:Place) WHERE c.kind = 'COUNTRY' AND c.isoCode IS NOT NULL RETURN c.isoCode LIMIT 1 } AS countries,
       EXISTS { (o)-[:LOCATED_IN]->() } AS located`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    identifiers: typeof r.identifiers === 'string' ? JSON.parse(r.identifiers) : [],
    country: ((r.countries as string[])[0] ?? null) as string | null,
    located: r.located as boolean,
    datasetIds: (r.datasetIds as string[] | null) ?? [],
  }));
}

/** The stored nodes among `ids`, by id. */
export async function readNodes(run: Run, ids: string[]): Promise<Map<string, StoredNode>> {
  const rows = await run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, toString(n.createdAt) AS createdAt, toString(n.updatedAt) AS updatedAt`,
    { ids },
  );
  return new Map(
    rows.map((r) => {
      const { createdAt: _c, updatedAt: _u, ...props } = r.props as Record<string, unknown>;
      return [r.id as string, { id: r.id as string, labels: r.labels as string[], props, createdAt: r.createdAt as string | null, updatedAt: r.updatedAt as string | null }];
    }),
  );
}

/** The key a relationship is known by in a plan: type, start id, end id. */
export const relationshipKey = (type: string, from: string, to: string) => `${type} ${from} ${to}`;

/** The stored properties of the relationships among `wanted`, by relationshipKey. */
export async function readRelationships(run: Run, wanted: { type: RelationshipType; from: string; to: string }[]): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const byType = new Map<RelationshipType, { from: string; to: string }[]>();
  for (const w of wanted) {
    const rows = byType.get(w.type) ?? [];
    rows.push({ from: w.from, to: w.to });
    byType.set(w.type, rows);
  }
  for (const [type, rows] of byType) {
    if (!(type in RELATIONSHIP_SPECS)) throw new Error(`not a relationship type of the model: ${type}`);
    const result = await run(
      `UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r:${type}]->(:Entity {id: row.to}) RETURN row.from AS from, row.to AS to, properties(r) AS props`,
      { rows },
    );
    for (const r of result) found.set(relationshipKey(type, r.from as string, r.to as string), r.props as Record<string, unknown>);
  }
  return found;
}

/** Country places by ISO code. */
export async function readCountries(run: Run, codes: string[]): Promise<Map<string, string>> {
  const rows = await run("MATCH (p:Place) WHERE p.isoCode IN $codes RETURN p.isoCode AS code, p.id AS id ORDER BY p.kind = 'COUNTRY' DESC, p.id", { codes });
  const byCode = new Map<string, string>();
  for (const r of rows) if (!byCode.has(r.code as string)) byCode.set(r.code as string, r.id as string);
  return byCode;
}
