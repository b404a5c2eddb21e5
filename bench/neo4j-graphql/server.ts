import http from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { createCountingDriver, type RoundTripCounter } from './counting-driver.js';
import { createTypeDefs } from './type-defs.js';
import { listen } from '../../src/http/listen.js';

interface BenchContext {
  executionContext: ReturnType<typeof createCountingDriver>;
  sessionConfig: { database: string };
  counter: RoundTripCounter;
}

/** Puts the request's statement count in the `x-db-round-trips` response header. */
const roundTripHeader: ApolloServerPlugin<BenchContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set('x-db-round-trips', String(contextValue.counter.roundTrips));
      },
    };
  },
};

export interface Neo4jGraphqlServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The @neo4j/graphql side of the benchmark, served the way LOCI Graph is: Apollo Server 5 on
 * Express 5 at /graphql, the same JSON body limit, inline tracing and cache-control off. The schema is the
 * library's Federation 2 subgraph (`getSubgraphSchema()`) of LOCI's model (type-defs.ts), so
 * `_entities` works. Every statement the library runs is counted per request.
 */
export async function createNeo4jGraphqlServer({ driver, database = 'neo4j' }: { driver: Driver; database?: string }): Promise<Neo4jGraphqlServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: createTypeDefs(), driver }).getSubgraphSchema();
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  const apollo = new ApolloServer<BenchContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    // The same plugins as LOCI Graph: no inline tracing, no cache-control field instrumentation.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), roundTripHeader],
  });
  await apollo.start();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const counter = { roundTrips: 0 };
        return { executionContext: createCountingDriver(driver, counter), sessionConfig: { database }, counter };
      },
    }),
  );
  return {
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    close: () => apollo.stop(),
  };
}
