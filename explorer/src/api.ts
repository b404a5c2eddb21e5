/**
 * The explorer's only door to LOCI Graph: typed GraphQL operations (generated from
 * src/operations by graphql-codegen) POSTed to the public /graphql endpoint of the same origin,
 * and the /export/* addresses.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error answer: `code` is extensions.code (NOT_FOUND, BAD_USER_INPUT, LIMIT_EXCEEDED...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    /** The error's extensions, e.g. LIMIT_EXCEEDED's `{ limit, max }`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where the API lives: the page's own origin (the server that serves /explore also serves /graphql). */
export function apiRoot(): URL {
  return new URL('/', window.location.href);
}

// The printed text of each document, once: documents are module constants.
const printed = new WeakMap<object, string>();

/**
 * Sends one operation and resolves with its data. Rejects with ApiError on any GraphQL error
 * (the first one: the explorer shows one message) or a non-JSON answer. `signal` cancels it.
 */
export async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  let query = printed.get(document);
  if (!query) printed.set(document, (query = print(document)));
  const response = await fetch(new URL('graphql', apiRoot()), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: TResult; errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON`, 'BAD_RESPONSE', response.status);
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', response.status, error.extensions);
  if (!body.data) throw new ApiError('The API answered without data', 'BAD_RESPONSE', response.status);
  return body.data;
}

/** The address of an export file (`network.gexf`, `nodes.csv`...) for these query parameters. */
export function exportUrl(file: string, params: URLSearchParams): URL {
  const url = new URL(`export/${file}`, apiRoot());
  url.search = params.toString();
  return url;
}
