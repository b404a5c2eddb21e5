import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, execute, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { freezeDeep } from './freeze.js';
import { executionSwitches } from './switches.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Compiled = CompiledQuery | ExecutionResult;

/**
 * Serves `schema` to Apollo Server through its gateway interface, with graphql-jit as the
 * executor: Apollo still parses, validates and runs every plugin; only execution changes. Apollo
 * Server 4 removed its `executor` option and its migration guide names `gateway` as the way to
 * plug one in (graphql-jit#219).
 *
 * graphql-jit compiles each operation once into a JavaScript function with the resolvers,
 * type checks and serialisers of its fields inlined, where graphql-js walks the document and
 * looks up every field's definition again for every object of every answer. Measured side by side
 * (list of 50 initiatives with partners, themes and learnings): a third less server CPU per
 * answer. Resolvers, errors and the answer are the same; the full test suite runs through it.
 *
 * Compiled operations are kept per parsed document: Apollo caches parsed documents by query text
 * (its LRU document store), so a document seen again is the same object, and one dropped from that
 * cache frees its compiled form with it.
 *
 * Invariant: a compiled operation holds the document's nodes, and the selection memo keys values
 * by them (selection-memo.ts), so a document must never change after it is first compiled: it is
 * frozen deeply once its operations are compiled, and a change throws. GRAPHQL_JIT=false runs
 * every operation in graphql-js.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compileDocument = (document: DocumentNode): Map<string, Compiled> => {
    const byOperation = new Map<string, Compiled>();
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    // graphql-jit marks the document's field nodes while it compiles (`__internalShouldInclude`):
    // a document frozen first fails to compile, and every operation then ran in graphql-js. So
    // every operation of the document is compiled first, and the document frozen after.
    for (const operation of operations) {
      // The driver's errors carry their own stacks; a stack per GraphQL error is never shown.
      const entry = compileQuery(schema, document, operation.name?.value, { disablingCapturingStackErrors: true });
      byOperation.set(operation.name?.value ?? '', entry);
      // A request may leave the name out when the document holds one operation.
      if (operations.length === 1) byOperation.set('', entry);
    }
    freezeDeep(document);
    compiled.set(document, byOperation);
    return byOperation;
  };

  const compile = (document: DocumentNode, operationName: string | null): Compiled | undefined =>
    (compiled.get(document) ?? compileDocument(document)).get(operationName ?? '');

  return {
    async load() {
      return {
        executor: async (request) => {
          const variables = request.request.variables ?? {};
          const query = executionSwitches().jit ? compile(request.document, request.operationName) : undefined;
          if (query && isCompiledQuery(query)) {
            const result = await query.query(undefined, request.context, variables);
            // No `data` at all: the variables were refused before any resolver ran. graphql-js
            // refuses them again, in the form Apollo answers with 400 BAD_USER_INPUT.
            if ('data' in result) return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
          }
          // What graphql-jit cannot compile (it says so in errors) runs in graphql-js as before.
          return execute({ schema, document: request.document, operationName: request.operationName, contextValue: request.context, variableValues: variables });
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit leaves `extensions` undefined on errors that have none (graphql-js gives `{}`), and
 * Apollo reads `extensions.code` of every error: such an error would lose its path and locations
 * in the answer. It becomes a graphql-js error with the same message, path, locations and cause.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}
