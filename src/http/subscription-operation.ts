import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors.js';

/** A subscription operation ready to run, or the errors that refuse it. */
export type PreparedSubscription = { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };

const refuse = (message: string, code: string = ErrorCode.BAD_USER_INPUT): PreparedSubscription => ({ errors: [new GraphQLError(message, { extensions: { code } })] });

/**
 * Parses and validates an operation sent over SSE or WebSocket. Only subscriptions are served
 * there: queries and mutations go to POST /graphql, where the depth, alias, cost and rate limits
 * apply. Parsing stops at `maxTokens`, as on POST.
 */
export function prepareSubscription(schema: GraphQLSchema, query: unknown, operationName: string | null | undefined, maxTokens: number): PreparedSubscription {
  if (typeof query !== 'string' || query.length === 0) return refuse('query: must be a non-empty string');
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens });
  } catch (error) {
    return refuse(`query: ${(error as Error).message}`, ErrorCode.GRAPHQL_PARSE_FAILED);
  }
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return refuse('operationName: names no operation of the document (or the document holds several and none is named)');
  if (operation.operation !== 'subscription') {
    return refuse(`query: only subscriptions are served over SSE and WebSocket; send ${operation.operation} operations as POST application/json to /graphql`);
  }
  const errors = validate(schema, document);
  return errors.length > 0 ? { errors } : { document };
}
