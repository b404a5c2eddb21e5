import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildLociSchema } from '../../src/schema/schema.js';
import { measureOperation, type OperationMeasures } from '../../src/graphql/query-limits.js';
import { createCostRules } from '../../src/graphql/cost-rules.js';
import { loadConfig } from '../../src/config.js';
import { OPERATIONS, type Fixtures } from '../../bench/operations/index.js';
import { EXPLORER_VARIABLES, explorerOperations } from '../helpers/operations.js';

/**
 * The cost of every explorer operation (with the largest variables it sends) and every benchmark
 * operation under the default limits, printed as a table: all must stay well under the budget
 * (a quarter of it at most), and within the expensive-field cap.
 */
const config = loadConfig({});
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildLociSchema();
});

function measure(query: string, variables: Record<string, unknown> | undefined): OperationMeasures {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, fragments, operation, variables, { maxListArgument: config.maxPageSize, rules: createCostRules(config.network) })!;
}

// Benchmark operations' costs do not depend on which ids they ask about, only on how many.
const FIXTURES: Fixtures = {
  nodeId: 'loci',
  theme: 'e-procurement',
  searchText: 'procurement',
  hub: 'loci',
  pathFrom: 'hivos',
  pathTo: 'ottawa',
  asker: 'daniel-dietrich',
  representations: Array.from({ length: 50 }, (_, i) => ({ __typename: i % 2 ? 'Organisation' : 'Initiative', id: `id-${i}` })),
};

describe('the default budget fits real use', () => {
  it('prices every explorer and benchmark operation at under a quarter of MAX_QUERY_COST', () => {
    const rows: { operation: string; variables: string; cost: number; expensive: number }[] = [];
    for (const op of explorerOperations()) {
      for (const variables of EXPLORER_VARIABLES[op.name] ?? [{}]) {
        const m = measure(op.query, variables);
        rows.push({ operation: `explorer ${op.name}`, variables: JSON.stringify(variables), cost: m.cost, expensive: m.expensiveFields });
      }
    }
    for (const op of OPERATIONS) {
      const request = op.loci(FIXTURES);
      const m = measure(request.query, request.variables);
      rows.push({ operation: `bench ${op.name}`, variables: op.name === 'entities' ? '50 representations' : '', cost: m.cost, expensive: m.expensiveFields });
    }
    const { maxCost, maxExpensiveFields } = config.limits;
    console.info(
      [`| operation | variables | cost | share of ${maxCost.toLocaleString('en')} | expensive fields |`, '|---|---|---:|---:|---:|']
        .concat(rows.map((r) => `| ${r.operation} | ${r.variables} | ${r.cost.toLocaleString('en')} | ${((100 * r.cost) / maxCost).toFixed(2)}% | ${r.expensive} |`))
        .join('\n'),
    );
    for (const r of rows) {
      expect(r.cost, `${r.operation} ${r.variables}`).toBeLessThanOrEqual(maxCost / 4);
      expect(r.expensive, `${r.operation} ${r.variables}`).toBeLessThanOrEqual(maxExpensiveFields);
    }
  });
});
