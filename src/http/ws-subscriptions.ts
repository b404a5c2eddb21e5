import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { ServerOptions } from 'graphql-ws';
import type { User } from '../context.js';
import { ErrorCode } from '../errors.js';
import { prepareSubscription } from './subscription-operation.js';
import { isGraphQLPath } from './graphql-path.js';
import type { SubscriptionDeps } from './subscription-deps.js';

/** Per connection: who it is, the slots of its open subscriptions, and its idle timer. */
interface ConnectionState {
  user: User | null;
  releases: Map<string, () => void>;
  idle: NodeJS.Timeout | null;
}

/**
 * Whether a browser page may open a socket: WebSockets are not subject to CORS, so the Origin
 * header is checked here against CORS_ORIGINS (same-origin pages, and clients sending no
 * Origin, always may).
 */
function originAllowed(req: http.IncomingMessage, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || origins.includes('*') || origins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

type Extra = { socket: WebSocket; request: http.IncomingMessage };

/** Upgrades only /graphql, and only from allowed origins; anything else gets 403. */
function acceptUpgrades(server: http.Server, wss: WebSocketServer, deps: SubscriptionDeps): void {
  server.on('upgrade', (req, socket, head) => {
    if (!isGraphQLPath(req.url) || !originAllowed(req, deps.config.http.corsOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
}

/** Each socket's state, and its idle timer: armed while it has no subscription. */
function connectionStates(idleTimeoutMs: number) {
  const states = new WeakMap<WebSocket, ConnectionState>();
  const stateOf = (socket: WebSocket) => {
    let state = states.get(socket);
    if (!state) states.set(socket, (state = { user: null, releases: new Map(), idle: null }));
    return state;
  };
  const armIdle = (socket: WebSocket, state: ConnectionState) => {
    if (state.idle) clearTimeout(state.idle);
    state.idle = state.releases.size > 0 ? null : setTimeout(() => socket.close(4408, 'idle: no subscription'), idleTimeoutMs);
    state.idle?.unref();
  };
  return { stateOf, armIdle };
}

/** graphql-ws's hooks: authenticate on connect, cap and start subscriptions, release their slots. */
function graphqlWsOptions(deps: SubscriptionDeps): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const { stateOf, armIdle } = connectionStates(deps.config.subscriptions.idleTimeoutMs);
  return {
    schema: deps.schema,
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx) => {
      const state = stateOf(ctx.extra.socket);
      try {
        const authorization = ctx.connectionParams?.authorization;
        state.user = await deps.authenticate(typeof authorization === 'string' ? authorization : undefined);
      } catch {
        return false;
      }
      armIdle(ctx.extra.socket, state);
      return true;
    },
    onSubscribe: (ctx, id, payload) => {
      const prepared = prepareSubscription(deps.schema, payload.query, payload.operationName, deps.config.limits.maxTokens);
      if (prepared.errors) return prepared.errors;
      const state = stateOf(ctx.extra.socket);
      const slot = deps.slots.acquire(ctx.extra.request.socket.remoteAddress ?? 'unknown');
      if ('refusedBy' in slot) {
        return [new GraphQLError(`${slot.refusedBy}: at most ${slot.max} open subscriptions`, { extensions: { code: ErrorCode.RATE_LIMITED, limit: slot.refusedBy, max: slot.max } })];
      }
      state.releases.set(id, slot.release);
      armIdle(ctx.extra.socket, state);
      return {
        schema: deps.schema,
        document: prepared.document,
        variableValues: payload.variables ?? undefined,
        operationName: payload.operationName ?? undefined,
        contextValue: deps.createContext(state.user, randomUUID()),
      };
    },
    onComplete: (ctx, id) => {
      const state = stateOf(ctx.extra.socket);
      state.releases.get(id)?.();
      state.releases.delete(id);
      armIdle(ctx.extra.socket, state);
    },
    onClose: (ctx) => {
      const state = stateOf(ctx.extra.socket);
      for (const release of state.releases.values()) release();
      state.releases.clear();
      if (state.idle) clearTimeout(state.idle);
    },
  };
}

/**
 * Subscriptions over graphql-ws (the `graphql-transport-ws` protocol) at /graphql on `server`:
 * the token in `connectionParams.authorization`, subscription operations only, the same
 * per-IP and global caps as SSE, ping keep-alives, and a connection without a subscription for
 * SUBSCRIPTION_IDLE_TIMEOUT_MS closed (4408). Returns a function that closes every socket.
 */
export function attachWebSocketSubscriptions(server: http.Server, deps: SubscriptionDeps): () => Promise<void> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  acceptUpgrades(server, wss, deps);
  const graphqlWs = useServer(graphqlWsOptions(deps), wss, deps.config.subscriptions.heartbeatMs);
  return async () => {
    for (const client of wss.clients) client.terminate();
    await graphqlWs.dispose();
  };
}
