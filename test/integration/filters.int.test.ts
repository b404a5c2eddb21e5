import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { NODE_TYPE_DECLARATIONS, RELATIONSHIP_FIELDS, RELATIONSHIP_FILTERS, type NodeType, type RelationshipFilter } from '../../src/model/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * Every relationship filter the model declares (src/model/relationship-filters.ts), over HTTP on
 * the seed data and the OCDS fixtures: a node related to X is found by filtering on X, and every
 * node the filter returns is related to X, as its relationship fields say. The expectations are
 * read through the relationship fields, not through the filter's Cypher.
 */
const DATASET = 'filters-test-ocds';
const PARENTS = 5; // more than any place chain of the data (city < region < country < world region)

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const imported = await importFiles(server.db, { inputs: [path.resolve('test/fixtures/ocds')], dataset: DATASET, importedBy: 'test', initiative: 'mexico-city-open-contracting', place: 'mexico-city' });
  expect([imported.errors, imported.written]).toEqual([[], true]);
});
afterAll(async () => {
  await removeDataset(server.db, DATASET).catch(() => undefined);
  await server.close();
});

type Row = { id: string } & Record<string, unknown>;

const parents = (depth: number): string => (depth === 0 ? '' : `parent { id ${parents(depth - 1)} }`);

/** The selection that reads, for one node, what the filter follows: its related nodes and, for place filters, their parents. */
function selectionOf(filter: RelationshipFilter): string {
  return filter.fields
    .map((key, i) => {
      const field = RELATIONSHIP_FIELDS[key as keyof typeof RELATIONSHIP_FIELDS];
      const node = `id ${filter.match === 'within' ? parents(PARENTS) : ''}`;
      if (filter.match === 'transitive') return `f${i}: ${field.name} { ${node} ${parents(PARENTS - 1)} }`;
      return field.cardinality === 'many' ? `f${i}: ${field.name}(first: 100) { edges { node { ${node} } } }` : `f${i}: ${field.name} { ${node} }`;
    })
    .join(' ');
}

/** The ids a node can be filtered by, read from its related nodes (and their parents, for place filters). */
function reachable(row: Row, filter: RelationshipFilter): string[] {
  const ids: string[] = [];
  const chain = (place: Row | null | undefined): void => {
    for (let p = place; p; p = p.parent as Row | null) ids.push(p.id);
  };
  filter.fields.forEach((_, i) => {
    const value = row[`f${i}`] as (Row & { edges?: { node: Row }[] }) | null;
    const related = value?.edges ? value.edges.map((e) => e.node) : value ? [value] : [];
    for (const node of related) filter.match === 'within' || filter.match === 'transitive' ? chain(node) : ids.push(node.id);
  });
  return ids;
}

const cases = Object.entries(RELATIONSHIP_FILTERS).flatMap(([type, filters]) => Object.entries(filters!).map(([name, filter]) => [type as NodeType, name, filter] as const));

describe('relationship filters, as the model declares them', () => {
  it.each(cases)('%s filter %s finds exactly the nodes related to the one named', async (type, name, filter) => {
    const plural = NODE_TYPE_DECLARATIONS[type].plural;
    const list = async (args: string): Promise<{ totalCount: number; rows: Row[] }> => {
      const res = await server.gql(`{ list: ${plural}(first: 100${args}) { totalCount edges { node { id ${selectionOf(filter)} } } } }`);
      expect(res.errors).toBeUndefined();
      return { totalCount: res.data.list.totalCount, rows: res.data.list.edges.map((e: { node: Row }) => e.node) };
    };
    const example = (await list('')).rows.find((row) => reachable(row, filter).length > 0);
    expect(example, `no ${type} in the test data follows ${filter.fields.join(', ')}`).toBeDefined();
    // The farthest id reachable: for place filters, a place several levels above the related one.
    const target = reachable(example!, filter).at(-1)!;
    const value = JSON.stringify(filter.match === 'any' ? [target] : target);
    expect((await list(`, filter: { ids: ["${example!.id}"], ${name}: ${value} }`)).rows.map((r) => r.id)).toEqual([example!.id]);
    const filtered = await list(`, filter: { ${name}: ${value} }`);
    expect(filtered.totalCount).toBeGreaterThan(0);
    expect(filtered.rows.filter((row) => !reachable(row, filter).includes(target)).map((r) => r.id)).toEqual([]);
  });
});
