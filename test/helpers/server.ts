import 'reflect-metadata';
import type { Driver } from 'neo4j-driver';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { Executor } from '../../src/neo4j/executor.js';
import { buildLociSchema } from '../../src/schema/schema.js';
import { createServer, type LociServer } from '../../src/server.js';
import { Preparation } from '../../src/neo4j/preparation.js';
import { mintToken } from '../../src/auth/token.js';
import { testConfig } from './env.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestServer {
  /** The server itself (its availability gate, its HTTP server). */
  server: LociServer;
  url: string;
  config: Readonly<Config>;
  driver: Driver;
  /** An executor outside any request, for arranging and checking data directly in Neo4j. */
  db: Executor;
  /** POSTs a GraphQL operation over HTTP, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** Sends a typed operation document (from test/generated/graphql.ts, made by codegen). */
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TResult>>;
  token(role: 'editor' | 'admin', organisationId?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the real server (real schema, real Neo4j) on a free port. Close it in afterAll. The
 * database counts as prepared (the global setup migrated and seeded it) unless `preparation` says
 * otherwise.
 */
export async function startTestServer(overrides: Record<string, string> = {}, preparation = new Preparation('ready')): Promise<TestServer> {
  const config = testConfig(overrides);
  const driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const server: LociServer = await createServer({ config, driver, schema: await buildLociSchema(), logger, preparation });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const api: TestServer = {
    server,
    url,
    config,
    driver,
    db: new Executor(driver, config.neo4j.database, 60_000),
    request: (document, variables, options) => api.gql(print(document), variables, options),
    async gql(query, variables, options = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse;
      return { ...body, status: res.status };
    },
    token: (role, organisationId) => mintToken(config.jwtSecret, { subject: `test-${role}`, role, organisationId }),
    async close() {
      await server.stop();
      await driver.close();
    },
  };
  return api;
}
