import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { ISO_3166_PATTERN, ORG_ID_SCHEME_PATTERN, orgIdOf } from '../../src/model/index.js';

/**
 * What a reviewer checks in the seeded graph against its sources (issue 20): every record and
 * relationship names a source, every initiative has themes, the findings of the seed review stay
 * fixed, and the structured fields (identifiers, coordinates) are well-formed.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ANNOUNCEMENT = 'LOCI announcement, Hivos, 26 March 2019 (seed-documents/000_0b9efbd7d1cf26cf.txt)';

describe('every seed fact has a source', () => {
  it('gives every relationship between seed records at least one source', async () => {
    const rows = await server.db.read(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE coalesce(a.synthetic, false) = false AND (r.sources IS NULL OR size(r.sources) = 0)
       RETURN type(r) + ' ' + a.id + ' -> ' + b.id AS rel`,
    );
    expect(rows.map((r) => r.rel)).toEqual([]);
  });

  it('gives every initiative at least one theme', async () => {
    const rows = await server.db.read(
      `MATCH (i:Initiative) WHERE coalesce(i.synthetic, false) = false AND NOT (i)-[:ABOUT]->(:Theme) RETURN i.id AS id`,
    );
    expect(rows.map((r) => r.id)).toEqual([]);
  });

  it('says which subnational initiatives publish OCDS through a portal', async () => {
    const res = await server.gql(`{
      initiatives(first: 100, filter: { theme: ["open-data-portal"] }) { edges { node { id themes { edges { node { id } } } } } }
    }`);
    const withPortal = res.data.initiatives.edges.map((e: any) => e.node);
    const ocdsPortal = withPortal.filter((n: any) => n.themes.edges.some((t: any) => t.node.id === 'ocds')).map((n: any) => n.id);
    for (const id of ['kaduna-open-contracting', 'makueni-open-contracting', 'mexico-city-open-contracting', 'buenos-aires-open-contracting']) {
      expect(ocdsPortal).toContain(id);
    }
  });

  it('records a challenge, with its source, for the initiatives whose sources report one', async () => {
    const res = await server.gql(`{
      nodes(ids: ["kaduna-open-contracting", "makueni-open-contracting", "mexico-city-open-contracting", "bandung-birms", "uganda-open-contracting"]) {
        ... on Initiative { id learnings(first: 50) { edges { node { kind sources } } } }
      }
    }`);
    for (const initiative of res.data.nodes) {
      const challenges = initiative.learnings.edges.map((e: any) => e.node).filter((l: any) => l.kind === 'CHALLENGE');
      expect(challenges.length, initiative.id).toBeGreaterThan(0);
      for (const c of challenges) expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it('records the challenges of the initiatives added from OGP, OCP and city pages, and ties the commitments they advance to their OGP identifiers', async () => {
    const added = ['ontario-open-government', 'ternopil-infrastructure-transparency', 'mykolaiv-integrity-city', 'kenya-open-contracting',
      'nandi-open-governance', 'new-orleans-contracting-reform', 'ondo-open-contracting-portal', 'indonesia-procurement-transparency'];
    const rows = (await server.db.read(
      `UNWIND $ids AS id
       MATCH (i:Initiative {id: id})-[r:LEARNED]->(l:Learning {kind: 'CHALLENGE'})
       WHERE size(r.sources) > 0 AND size(l.sources) > 0
       RETURN DISTINCT i.id AS id`,
      { ids: added },
    )) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual([...added].sort());
    // Kenya's KE0036 names Makueni among the OGP Local counties that support it.
    const res = await server.gql(`{ commitment(id: "ke0036") { reference } }`);
    expect(res.data.commitment.reference).toBe('KE0036');
    const [link] = await server.db.read(
      `MATCH (:Organisation {id: 'makueni-county-government'})-[:PARTNER_IN]->(i:Initiative)-[:ADVANCES]->(:Commitment {reference: 'KE0036'})
       RETURN i.id AS initiative`,
    );
    expect(link?.initiative).toBe('kenya-open-contracting');
  });
});

describe('the findings of the seed review stay fixed', () => {
  it('names AFIC, not OCP, as the author of the Uganda guest post', async () => {
    const res = await server.gql(`{ learning(id: "uganda-ocds-publication") { authors { edges { node { id } } } } }`);
    expect(res.data.learning.authors.edges.map((e: any) => e.node.id)).toEqual(['afic']);
  });

  it('says Kaduna was the first Nigerian state, not the first anywhere, to sign up for OGP', async () => {
    const res = await server.gql(`{
      learning(id: "kaduna-model-in-open-contracting") { summary }
      organisation(id: "kaduna-state-government") { description }
    }`);
    expect(res.data.learning.summary).toMatch(/Nigerian state/);
    expect(res.data.organisation.description).toMatch(/first Nigerian state/);
    const [row] = await server.db.read(
      `MATCH (n:Entity) WHERE coalesce(n.synthetic, false) = false
         AND any(t IN [coalesce(n.summary, ''), coalesce(n.description, '')] WHERE t CONTAINS 'first state to sign up' AND NOT t CONTAINS 'Nigerian')
       RETURN count(n) AS unqualified`,
    );
    expect(row.unqualified).toBe(0);
  });

  /** Each relationship [from, type, to] found, with its `uncertain` flag. */
  const uncertaintyOf = (pairs: [string, string, string][]) =>
    server.db.read(
      `UNWIND $pairs AS p
       MATCH (a:Entity {id: p[0]})-[r]->(b:Entity {id: p[2]}) WHERE type(r) = p[1]
       RETURN p[0] + ' ' + p[1] + ' ' + p[2] AS rel, r.uncertain AS uncertain`,
      { pairs },
    );

  it('marks inferred event organisers, OCP headquarters and Jalisco memberships as uncertain', async () => {
    const rows = await uncertaintyOf([
      ['hivos', 'ORGANISED', 'loci-kick-off-2019'],
      ['ogp', 'ORGANISED', 'ogp-summit-2019'],
      ['ocp', 'LOCATED_IN', 'washington-dc'],
      ['jalisco-open-government', 'MEMBER_OF', 'loci'],
      ['jalisco-open-government-secretariat', 'PARTNER_IN', 'ogp-local'],
    ]);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.uncertain, String(row.rel)).toBe(true);
  });

  it('marks the links the added pages only suggest as uncertain', async () => {
    const rows = await uncertaintyOf([
      ['ba-obras', 'ADVANCES', 'ar0069'],
      ['ternopil-city-council', 'PARTNER_IN', 'ogp-local'],
      ['ontario-open-government', 'LEARNED', 'ontario-procurement-award-data-clause'],
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.uncertain, String(row.rel)).toBe(true);
  });

  it('ends the roles that ended and marks undated roles uncertain', async () => {
    const res = await server.gql(`{ actor(id: "kivutha-kibwana") { organisations { edges { role since until } } } }`);
    expect(res.data.actor.organisations.edges[0]).toMatchObject({ role: 'Governor', since: '2013', until: '2022-08-25' });
    // A role with neither start nor end is only as certain as the date of its source; the
    // announcement's own facts (Daniel Dietrich's role) are the one exception the domain fixes.
    const undated = await server.db.read(
      `MATCH (a:Actor)-[r:WORKS_AT]->(o) WHERE r.since IS NULL AND r.until IS NULL AND coalesce(r.uncertain, false) = false
         AND NOT $announcement IN r.sources
       RETURN a.id AS id`,
      { announcement: ANNOUNCEMENT },
    );
    expect(undated.map((r) => r.id)).toEqual([]);
  });
});

describe('structured fields of the seeds', () => {
  it('serves structured sources on nodes and on relationship edges', async () => {
    const res = await server.gql(`{
      initiative(id: "nuevo-leon-open-contracting") {
        sources
        citations { url citation title publisher published }
        learnings { edges { citations { url title } node { id } } }
      }
      theme(id: "education") { citations { url citation } }
    }`);
    const initiative = res.data.initiative;
    expect(initiative.citations).toHaveLength(initiative.sources.length);
    const story = initiative.citations.find((c: any) => c.url?.includes('nuevo-leon-public-works-watchers'));
    expect(story).toMatchObject({ publisher: 'Open Contracting Partnership', published: '2021-09-07' });
    expect(story.title).toMatch(/Public works watchers/);
    expect(initiative.sources).toContain(story.url);
    for (const edge of initiative.learnings.edges) expect(edge.citations.length).toBeGreaterThan(0);
    // A plain-text source is served as a citation, an address as a url.
    expect(res.data.theme.citations).toEqual([{ url: null, citation: expect.stringMatching(/LOCI announcement/) }]);
  });

  it('serves structured sources as plain strings in `sources` on every read path, as the explorer asks for them', async () => {
    // node(id) does not know the type it reads, so it reads whole nodes: another path than a list's.
    const ids = ['hivos', 'makueni-county', 'nuevo-leon-open-contracting'];
    const res = await server.gql(`query ($ids: [ID!]!) {
      hivos: node(id: "hivos") { sources citations { url citation } ... on Organisation { identifiers { scheme id } } }
      nodes(ids: $ids) { id sources citations { url citation } }
    }`, { ids });
    expect(res.errors).toBeUndefined();
    const all = [res.data.hivos, ...res.data.nodes];
    for (const node of all) {
      for (const source of node.sources) expect(typeof source).toBe('string');
      expect(node.citations.map((c: any) => c.url ?? c.citation)).toEqual(node.sources);
    }
  });

  it('gives places well-formed ISO codes and coordinates in range, with a gazetteer among their sources', async () => {
    type PlaceRow = { id: string; kind: string; isoCode: string | null; lat: number | null; lon: number | null; sources: string[] };
    const places = (await server.db.read(
      `MATCH (p:Place) WHERE coalesce(p.synthetic, false) = false
       RETURN p.id AS id, p.kind AS kind, p.isoCode AS isoCode, p.latitude AS lat, p.longitude AS lon, p.sources AS sources`,
    )) as PlaceRow[];
    const located = places.filter((p) => p.lat !== null || p.lon !== null);
    expect(located.length).toBeGreaterThanOrEqual(15);
    for (const p of located) {
      expect(typeof p.lat, p.id).toBe('number');
      expect(typeof p.lon, p.id).toBe('number');
      expect(Math.abs(p.lat!)).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon!)).toBeLessThanOrEqual(180);
      expect(p.sources.length, p.id).toBeGreaterThan(1);
    }
    for (const p of places.filter((p) => p.isoCode !== null)) {
      expect(p.isoCode, p.id).toMatch(ISO_3166_PATTERN);
      // Countries carry ISO 3166-1 codes, places inside them ISO 3166-2 codes.
      expect(p.isoCode!.includes('-'), p.id).toBe(p.kind !== 'COUNTRY');
    }
    const res = await server.gql(`{ place(id: "makueni-county") { isoCode latitude longitude } }`);
    expect(res.data.place).toEqual({ isoCode: 'KE-23', latitude: -1.8, longitude: 37.617 });
  });

  it('gives organisation identifiers as org-id.guide schemes and ids', async () => {
    const res = await server.gql(`{ organisations(first: 100) { edges { node { id identifiers { scheme id } } } } }`);
    const withIds = res.data.organisations.edges.map((e: any) => e.node).filter((o: any) => o.identifiers?.length);
    expect(withIds.length).toBeGreaterThan(0);
    for (const org of withIds) for (const i of org.identifiers) expect(i.scheme, org.id).toMatch(ORG_ID_SCHEME_PATTERN);
    const hivos = withIds.find((o: any) => o.id === 'hivos');
    expect(hivos.identifiers.map(orgIdOf)).toEqual(['NL-KVK-41198677']);
  });

  it('gives commitments their OGP identifiers', async () => {
    const rows = (await server.db.read(
      `MATCH (c:Commitment) WHERE coalesce(c.synthetic, false) = false RETURN c.id AS id, c.reference AS reference`,
    )) as { id: string; reference: string | null }[];
    const referenced = rows.filter((r) => r.reference !== null);
    expect(referenced.length).toBeGreaterThanOrEqual(20);
    for (const r of referenced) {
      expect(r.reference, r.id).toMatch(/^[A-Z]{2,6}\d{4}$/);
      expect(r.id).toBe(String(r.reference).toLowerCase());
    }
  });
});
