import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/driver.js';
import { importSynthetic, removeSynthetic } from '../../src/seed/synthetic-import.js';
import { createFloorServer, type FloorServer } from '../../bench/driver-floor/server.js';
import { checkSameAnswer, type SystemUrls } from '../../bench/equivalence.js';
import { findFixtures } from '../../bench/fixtures.js';
import { createNeo4jGraphqlServer, type Neo4jGraphqlServer } from '../../bench/neo4j-graphql/server.js';
import { OPERATIONS, type Fixtures } from '../../bench/operations/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/*
 * The benchmark (npm run bench) compares LOCI Graph with @neo4j/graphql and a hand-written
 * driver floor only after checking that all three give the same answer. This file runs that
 * check, untimed, on the seed data plus a small synthetic graph, so a change to LOCI Graph, to
 * the @neo4j/graphql type definitions or to a floor query that breaks the comparison fails here.
 */

const SYNTHETIC = { initiatives: 30, seed: 11 };

let loci: TestServer;
let neoDriver: Driver;
let floorDriver: Driver;
let neoServer: Neo4jGraphqlServer;
let floorServer: FloorServer;
let urls: SystemUrls;
let fixtures: Fixtures;

beforeAll(async () => {
  loci = await startTestServer();
  // A run that died earlier must not leave synthetic data behind (the import refuses then).
  await removeSynthetic(loci.db);
  await importSynthetic(loci.db, SYNTHETIC);
  const { uri, user, password } = loci.config.neo4j;
  // As in the benchmark: @neo4j/graphql keeps lossless Integers, the floor uses LOCI's driver settings.
  neoDriver = neo4j.driver(uri!, neo4j.auth.basic(user, password));
  floorDriver = createDriver({ uri: uri!, user, password });
  neoServer = await createNeo4jGraphqlServer({ driver: neoDriver, database: loci.config.neo4j.database });
  floorServer = createFloorServer({ driver: floorDriver, database: loci.config.neo4j.database });
  const neoPort = await neoServer.listen(0, '127.0.0.1');
  const floorPort = await floorServer.listen(0, '127.0.0.1');
  urls = { loci: loci.url, neo4jGraphql: `http://127.0.0.1:${neoPort}`, driver: `http://127.0.0.1:${floorPort}` };
  fixtures = await findFixtures(loci.db);
});

afterAll(async () => {
  await neoServer?.close();
  await floorServer?.close();
  await neoDriver?.close();
  await floorDriver?.close();
  if (loci) await removeSynthetic(loci.db);
  await loci?.close();
});

describe('benchmark equivalence', () => {
  it('picks fixtures from the graph', () => {
    expect(fixtures.pathFrom).not.toBe(fixtures.pathTo);
    expect(fixtures.representations).toHaveLength(50);
  });

  for (const op of OPERATIONS) {
    it(`${op.name}: every system that can express it gives LOCI Graph's answer`, async () => {
      const answers = await checkSameAnswer(op, urls, fixtures);
      expect(answers.loci?.roundTrips).toBeGreaterThan(0);
      if (op.driver) expect(answers.driver?.roundTrips).toBe(1);
      else expect(answers.driver).toBeNull();
      if (op.neo4jGraphql) expect(answers.neo4jGraphql?.roundTrips).toBeGreaterThan(0);
      else expect(answers.neo4jGraphql).toBeNull();
    });
  }
});
