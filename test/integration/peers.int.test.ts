import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subnationalOcdsPublishers } from '../helpers/ocds-publishers.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// peers over HTTP on the seeded graph: who else works on what an initiative works on, and why.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const QUERY = `query ($id: ID!, $first: Int, $filter: InitiativeScopeFilter) {
  peers(initiativeId: $id, first: $first, filter: $filter) {
    score initiative { id level } reasons { kind text weight evidence { __typename id label } }
  }
}`;
const DEBUG = { headers: { 'x-loci-debug': '1' } };
const error = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions;

interface PeerAnswer {
  score: number;
  initiative: { id: string; level: string };
  reasons: { kind: string; text: string; weight: number; evidence: { __typename: string; id: string; label: string } }[];
}
const peersOf = async (id: string, filter?: Record<string, unknown>, first = 10): Promise<PeerAnswer[]> => {
  const res = await server.gql(QUERY, { id, first, filter });
  expect(res.errors).toBeUndefined();
  return res.data.peers;
};

/** Initiatives located in `place` or a place inside it, read from the graph. */
async function initiativesIn(place: string): Promise<Set<string>> {
  const rows = await server.db.read(`MATCH (i:Initiative)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(:Place {id: $place}) RETURN DISTINCT i.id AS id`, { place });
  return new Set(rows.map((r) => r.id as string));
}

describe('peers', () => {
  it('suggests other initiatives best first, each score the sum of reasons that name their evidence, never itself or its network', async () => {
    const peers = await peersOf('makueni-open-contracting', undefined, 50);
    expect(peers.length).toBeGreaterThan(0);
    const ids = peers.map((p) => p.initiative.id);
    expect(ids).not.toContain('makueni-open-contracting');
    expect(ids).not.toContain('loci');
    expect(peers.map((p) => p.score)).toEqual([...peers.map((p) => p.score)].sort((x, y) => y - x));
    for (const p of peers) {
      expect(p.reasons.length).toBeGreaterThan(0);
      expect(p.score).toBeCloseTo(p.reasons.reduce((sum, r) => sum + r.weight, 0), 1);
      for (const r of p.reasons) expect(r.evidence.id && r.text).toBeTruthy();
    }
  });

  it('puts Kaduna in the top three of Makueni', async () => {
    const peers = await peersOf('makueni-open-contracting');
    expect(peers.slice(0, 3).map((p) => p.initiative.id)).toContain('kaduna-open-contracting');
  });

  it('gives Kaduna, outside Africa, at least two subnational OCDS publishers in its top five, with shared themes and learnings as reasons', async () => {
    const peers = await peersOf('kaduna-open-contracting', { excludePlace: 'africa' });
    const inAfrica = await initiativesIn('africa');
    expect(peers.filter((p) => inAfrica.has(p.initiative.id))).toEqual([]);
    const publishers = await subnationalOcdsPublishers(server.db);
    const top = peers.slice(0, 5).filter((p) => publishers.has(p.initiative.id));
    expect(top.length).toBeGreaterThanOrEqual(2);
    for (const p of top) {
      const kinds = p.reasons.map((r) => r.kind);
      expect(kinds).toContain('SHARED_THEME');
      expect(kinds.some((k) => ['SIMILAR_CHALLENGE', 'SIMILAR_LEARNING', 'COMPLEMENTARY_EXPERIENCE'].includes(k)), JSON.stringify(p.reasons)).toBe(true);
      const learning = p.reasons.find((r) => r.kind !== 'SHARED_THEME' && r.evidence.__typename === 'Learning');
      expect(learning?.text).toContain(learning?.evidence.label);
    }
  });

  it('keeps only the levels and themes asked for', async () => {
    const local = await peersOf('kaduna-open-contracting', { levels: ['LOCAL'] });
    expect(local.length).toBeGreaterThan(0);
    for (const p of local) expect(p.initiative.level).toBe('LOCAL');
    const onOcds = await peersOf('kaduna-open-contracting', { themes: ['ocds'] }, 50);
    const rows = await server.db.read(
      `UNWIND $ids AS id MATCH (p:Initiative {id: id})
       RETURN id, EXISTS { (p)-[:ABOUT]->(:Theme {id: 'ocds'}) } OR EXISTS { (p)-[:ADVANCES]->(:Commitment)-[:ABOUT]->(:Theme {id: 'ocds'}) } AS about`,
      { ids: onOcds.map((p) => p.initiative.id) },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.about, r.id as string).toBe(true);
  });

  it('keeps only initiatives inside the places asked for', async () => {
    const inAfrica = await initiativesIn('africa');
    const peers = await peersOf('mexico-city-open-contracting', { places: ['africa'] });
    expect(peers.length).toBeGreaterThan(0);
    for (const p of peers) expect(inAfrica.has(p.initiative.id)).toBe(true);
  });

  it('costs the same round trips for one peer as for twenty', async () => {
    const trips = async (first: number) => (await server.gql(QUERY, { id: 'makueni-open-contracting', first }, DEBUG)).extensions?.db.roundTrips;
    const one = await trips(1);
    expect(one).toBeLessThanOrEqual(3);
    expect(await trips(20)).toBe(one);
  });

  it.each([0, 51])('returns BAD_USER_INPUT naming first when it is %i', async (first) => {
    expect(error(await server.gql(QUERY, { id: 'loci', first }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each(['no-such-initiative', 'hivos'])('returns NOT_FOUND naming initiativeId for "%s", which is no initiative', async (id) => {
    expect(error(await server.gql(QUERY, { id }))).toMatchObject({ code: 'NOT_FOUND', field: 'initiativeId' });
  });

  it.each([
    [{ excludePlace: 'no-such-place' }, 'filter.excludePlace'],
    [{ places: ['hivos'] }, 'filter.places'],
    [{ themes: ['no-such-theme'] }, 'filter.themes'],
  ])('returns NOT_FOUND naming the filter field of an unknown id: %j', async (filter, field) => {
    expect(error(await server.gql(QUERY, { id: 'kaduna-open-contracting', filter }))).toMatchObject({ code: 'NOT_FOUND', field });
  });
});
