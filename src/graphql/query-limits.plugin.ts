import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { ErrorCode, QueryLimitError } from '../errors.js';
import { createCostRules } from './cost-rules.js';
import { measureOperation, sizeDependsOnVariables, type OperationMeasures } from './query-limits.js';

/**
 * Refuses abusive operations before any database work, each with its own code and
 * `{ limit, max, actual }` (HTTP 400): QUERY_TOO_DEEP, QUERY_TOO_COMPLEX, TOO_MANY_ALIASES,
 * TOO_MANY_EXPENSIVE_FIELDS, once the operation is validated and its variables known (see
 * query-limits.ts for how each is measured, cost-rules.ts for the prices). Tokens are limited
 * earlier, in the HTTP layer (src/http/query-tokens.ts).
 *
 * An operation whose measures cannot change with its variables, once within the limits, is not
 * measured again: Apollo reuses the parsed document of a query it has seen, so its operation
 * node is the same object on every request (a node-by-id query spent 4% of its server CPU here).
 */
export function createQueryLimitsPlugin(config: Readonly<Config>): ApolloServerPlugin<Context> {
  const options = { maxListArgument: config.maxPageSize, rules: createCostRules(config.network) };
  const withinLimitsWhateverTheVariables = new WeakSet<OperationDefinitionNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation || withinLimitsWhateverTheVariables.has(operation)) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const measures = measureOperation(schema, fragments, operation, request.variables, options);
          if (!measures) return;
          assertWithinLimits(measures, config.limits);
          if (!sizeDependsOnVariables(operation, fragments)) withinLimitsWhateverTheVariables.add(operation);
        },
      };
    },
  };
}

/**
 * Throws the first limit `m` exceeds. Cost comes before aliases: when a request repeats an
 * expensive field under many aliases, what it would cost is the more useful answer.
 */
function assertWithinLimits(m: OperationMeasures, limits: Config['limits']): void {
  const { maxDepth, maxCost, maxAliases, maxExpensiveFields } = limits;
  if (m.depth > maxDepth) throw new QueryLimitError(ErrorCode.QUERY_TOO_DEEP, 'depth', maxDepth, m.depth);
  if (m.cost > maxCost) throw new QueryLimitError(ErrorCode.QUERY_TOO_COMPLEX, 'cost', maxCost, m.cost);
  if (m.aliases > maxAliases) throw new QueryLimitError(ErrorCode.TOO_MANY_ALIASES, 'aliases', maxAliases, m.aliases);
  if (m.expensiveFields > maxExpensiveFields) {
    throw new QueryLimitError(ErrorCode.TOO_MANY_EXPENSIVE_FIELDS, 'expensiveFields', maxExpensiveFields, m.expensiveFields);
  }
}
