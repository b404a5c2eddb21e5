import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { graphState } from '../helpers/graph-state.js';
import { SEEDS_DIR, REPO_ROOT } from '../../src/paths.js';
import { importBundle, importSeeds, SeedValidationError } from '../../src/seed/import.js';
import { readSeedBundle } from '../../src/seed/bundle.js';
import { validateBundle } from '../../src/seed/validate.js';
import { writeRecords } from '../../src/seed/write.repository.js';
import { exportGraph } from '../../src/seed/export.repository.js';
import { addFile, type SeedBundle } from '../../src/seed/bundle.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the seeded LOCI graph', () => {
  it('says that Hivos coordinates LOCI with six partners', async () => {
    const res = await server.gql(`{
      initiative(id: "loci") {
        title level contactEmail
        coordinators { edges { node { id name } } }
        partners { totalCount edges { role node { id acronym } } }
      }
    }`);
    const loci = res.data.initiative;
    expect(loci.level).toBe('GLOBAL');
    expect(loci.contactEmail).toBe('loci@openupcontracting.org');
    expect(loci.coordinators.edges.map((e: any) => e.node.id)).toEqual(['hivos']);
    const partners = loci.partners.edges.map((e: any) => e.node.id).sort();
    expect(partners).toEqual(['afic', 'dg', 'idfi', 'ilda', 'ocp', 'yi']);
    expect(loci.partners.edges.every((e: any) => e.role === 'PARTNER')).toBe(true);
  });

  it('holds the kick-off in Ottawa, Canada on 2019-05-28', async () => {
    const res = await server.gql(`{
      events(filter: { startDate: { from: "2019-05-28", to: "2019-05-28" } }) {
        edges { node { id name kind startDate place { name parent { name } } organisers { edges { node { id } } } } }
      }
    }`);
    const kickOff = res.data.events.edges.map((e: any) => e.node).find((e: any) => /kick/i.test(e.name));
    expect(kickOff).toBeDefined();
    expect(kickOff.startDate).toBe('2019-05-28');
    expect(kickOff.place.name).toBe('Ottawa');
    expect(kickOff.place.parent.name).toBe('Canada');
  });

  it('knows Daniel Dietrich as Program Manager at Hivos', async () => {
    const res = await server.gql(`{ actor(id: "daniel-dietrich") { name organisations { edges { role node { id } } } } }`);
    const works = res.data.actor.organisations.edges;
    expect(works).toHaveLength(1);
    expect(works[0].node.id).toBe('hivos');
    expect(works[0].role).toMatch(/Program Manager/);
  });

  it('gives every record at least one source', async () => {
    const [row] = await server.db.read('MATCH (n:Entity) WHERE n.sources IS NULL OR size(n.sources) = 0 RETURN count(n) AS missing');
    expect(row.missing).toBe(0);
  });
});

describe('the importer', () => {
  it('leaves the same graph when the same files are imported twice', async () => {
    const before = await graphState(server.db);
    const [stamp] = await server.db.read("MATCH (n:Entity {id: 'hivos'}) RETURN n.updatedAt AS updatedAt");
    await importSeeds(server.db, SEEDS_DIR);
    expect(await graphState(server.db)).toEqual(before);
    const [after] = await server.db.read("MATCH (n:Entity {id: 'hivos'}) RETURN n.updatedAt AS updatedAt");
    expect(after.updatedAt).toBe(stamp.updatedAt);
  });

  it('names a bad enum, a bad date, a dangling reference and a duplicate id, and writes nothing', async () => {
    const before = await graphState(server.db);
    const error = await importSeeds(server.db, path.join(REPO_ROOT, 'test/fixtures/bad-seeds')).catch((e) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems.map((p) => `${p.record}|${p.field}`).sort();
    expect(problems).toEqual([
      'PARTNER_IN fixture-good-org -> no-such-initiative|to',
      'fixture-bad-date|startDate',
      'fixture-bad-enum|sector',
      'fixture-good-org|id',
    ]);
    for (const p of (error as SeedValidationError).problems) expect(p.file).toBe('test/fixtures/bad-seeds/bad.yaml');
    expect(await graphState(server.db)).toEqual(before);
  });

  it('rolls everything back when the database fails half-way through a write', async () => {
    const before = await graphState(server.db);
    const bundle: SeedBundle = { nodes: [], relationships: [], problems: [] };
    addFile(bundle, 'inline.yaml', [
      'themes:',
      ...Array.from({ length: 5 }, (_, i) => `  - { id: rollback-theme-${i}, name: Rollback ${i}, sources: [test] }`),
      'places:',
      '  - { id: rollback-place, name: Rollback place, kind: CITY, sources: [test] }',
    ].join('\n'));
    const valid = await validateBundle(bundle, async () => new Map());
    let statements = 0;
    const failure = await server.db
      .write((tx) =>
        writeRecords(
          {
            run: async (cypher, params) => {
              // The second statement fails as a lost connection would, after the first has written.
              if (++statements === 2) throw new Error('connection lost');
              return tx.run(cypher, params);
            },
          },
          valid.nodes,
          valid.relationships,
        ),
      )
      .catch((e) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(statements).toBe(2);
    expect(await graphState(server.db)).toEqual(before);
  });

  it('round-trips: export, wipe, import gives the identical graph', async () => {
    const before = await graphState(server.db);
    const files = await exportGraph(server.db);
    const bundle: SeedBundle = { nodes: [], relationships: [], problems: [] };
    for (const [name, text] of files) addFile(bundle, name, text);
    await server.db.write((tx) => tx.run('MATCH (n:Entity) DETACH DELETE n'));
    expect((await graphState(server.db)).nodes).toBe(0);
    await importBundle(server.db, bundle);
    expect(await graphState(server.db)).toEqual(before);
  });

  it('reads every seed file without a problem', async () => {
    const bundle = await readSeedBundle(SEEDS_DIR);
    expect(bundle.problems).toEqual([]);
    expect(bundle.nodes.length).toBeGreaterThan(100);
  });
});
