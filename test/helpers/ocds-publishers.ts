import type { TestServer } from './server.js';

/**
 * The local and subnational initiatives that publish in OCDS, read from the graph: about the
 * `ocds` theme themselves, or through a learning of theirs. What issue 20's "subnational OCDS
 * publishers" means for Kaduna's peers, shared by the API test and the explorer's.
 */
export async function subnationalOcdsPublishers(db: TestServer['db']): Promise<Set<string>> {
  const rows = await db.read(
    `MATCH (p:Initiative) WHERE p.level IN ['LOCAL', 'SUBNATIONAL']
       AND (EXISTS { (p)-[:ABOUT]->(:Theme {id: 'ocds'}) } OR EXISTS { (p)-[:LEARNED]->(:Learning)-[:ABOUT]->(:Theme {id: 'ocds'}) })
     RETURN collect(p.id) AS ids`,
  );
  return new Set(rows[0].ids as string[]);
}
