/**
 * Live updates: the explorer follows the graph. It reads where the change feed stands before the
 * network loads, then subscribes to `networkChanged` over GraphQL-over-SSE from that point, so
 * nothing written in between is missed, and applies each batch in place: new nodes join near the
 * centre without moving the rest, renamed nodes change their label, deleted ones leave, and new
 * relationships are fetched with their end's neighbourhood. After a lost connection it resumes
 * from the last sequence it applied. A small indicator says whether it is live and when the last
 * change came.
 */
import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import { apiRoot, request } from './api.js';
import { ExplorerLatestChangeDocument, ExplorerNetworkChangedDocument, type ExplorerNetworkChangedSubscription } from './generated/graphql.js';
import type { ApiEdge, ApiNode, LociGraph } from './graph-model.js';
import { fetchNeighbourhood } from './network-api.js';

type Batch = ExplorerNetworkChangedSubscription['networkChanged'];
type LiveChange = Batch['changes'][number];

/** What live updates need of the page. */
export interface LiveDeps {
  graph: LociGraph;
  /** Adds an answer's nodes and relationships to the drawing (keeping the layout), then redraws. */
  merge(nodes: readonly ApiNode[], edges: readonly ApiEdge[]): void;
  /** Redraws after changes made to the graph directly. */
  refresh(): void;
  indicator: HTMLElement;
  synthetic: boolean;
}

/** What tests read of the live state (`window.__loci.live`). */
export interface LiveState {
  connected: boolean;
  lastSequence: number | null;
  lastChangeAt: string | null;
  applied: number;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Reads the change feed's position; call it before the network loads. Null when the server has no feed. */
export async function readLatestSequence(): Promise<number | null> {
  try {
    return (await request(ExplorerLatestChangeDocument, {})).changes.latestSequence;
  } catch {
    return null;
  }
}

function showIndicator(indicator: HTMLElement, state: LiveState): void {
  indicator.hidden = false;
  indicator.classList.toggle('offline', !state.connected);
  const last = state.lastChangeAt ? ` · last change ${new Date(state.lastChangeAt).toLocaleTimeString()}` : '';
  indicator.textContent = `${state.connected ? '● Live' : '○ Reconnecting'}${last}`;
  indicator.title = state.connected ? 'The drawing follows changes to the graph as they happen.' : 'The connection for live changes was lost; trying again.';
}

/** Applies what can be applied from the change alone; returns the nodes whose relationships must be fetched. */
function applyChange(graph: LociGraph, change: LiveChange, fetchAround: Set<string>, added: ApiNode[]): void {
  const { id, type, label } = change.node;
  switch (change.kind) {
    case 'CREATED':
      if (!graph.hasNode(id)) added.push({ id, type, label: label ?? id, degree: null, betweenness: null, community: null } as unknown as ApiNode);
      break;
    case 'UPDATED':
      if (graph.hasNode(id) && label) graph.setNodeAttribute(id, 'label', label);
      break;
    case 'DELETED':
      if (graph.hasNode(id)) graph.dropNode(id);
      break;
    case 'CONNECTED':
      if (change.relationship && graph.hasNode(change.relationship.from)) fetchAround.add(change.relationship.from);
      break;
    case 'DISCONNECTED': {
      const rel = change.relationship;
      if (rel && graph.hasNode(rel.from) && graph.hasNode(rel.to)) {
        for (const edge of graph.directedEdges(rel.from, rel.to)) if (graph.getEdgeAttribute(edge, 'relType') === rel.type) graph.dropEdge(edge);
      }
      break;
    }
    default:
      break;
  }
}

/** One subscription's state: the client, how many attempts failed, how to end it. */
interface Follower {
  deps: LiveDeps;
  state: LiveState;
  client: ReturnType<typeof createClient>;
  stopped: boolean;
  failures: number;
  unsubscribe: (() => void) | null;
}

async function apply(f: Follower, batch: Batch): Promise<void> {
  const { deps, state } = f;
  const fetchAround = new Set<string>();
  const added: ApiNode[] = [];
  for (const change of batch.changes) applyChange(deps.graph, change, fetchAround, added);
  if (added.length) deps.merge(added, []);
  for (const id of [...fetchAround].slice(0, 10)) {
    const answer = await fetchNeighbourhood(id, 1).catch(() => null);
    if (answer) deps.merge(answer.nodes, answer.edges);
  }
  deps.refresh();
  state.applied += batch.changes.length;
  state.lastSequence = batch.sequence;
  state.lastChangeAt = batch.changes.at(-1)?.at ?? state.lastChangeAt;
  showIndicator(deps.indicator, state);
}

function subscribe(f: Follower): void {
  if (f.stopped) return;
  const { state, deps } = f;
  let queue = Promise.resolve();
  f.unsubscribe = f.client.subscribe<ExplorerNetworkChangedSubscription>(
    {
      query: print(ExplorerNetworkChangedDocument),
      variables: { after: state.lastSequence === null ? null : String(state.lastSequence), filter: deps.synthetic ? { includeSynthetic: true } : null },
    },
    {
      next: (result) => {
        if (!state.connected) {
          state.connected = true;
          f.failures = 0;
        }
        const batch = result.data?.networkChanged;
        if (batch) queue = queue.then(() => apply(f, batch)).catch(() => undefined);
      },
      error: () => retry(f),
      complete: () => retry(f),
    },
  );
  // The stream answers nothing until something changes: count it live once it is open.
  state.connected = true;
  showIndicator(deps.indicator, state);
}

/** After a lost connection: say so, and subscribe again from the last sequence applied, waiting longer each time. */
function retry(f: Follower): void {
  f.state.connected = false;
  showIndicator(f.deps.indicator, f.state);
  if (f.stopped) return;
  const delay = RETRY_MS[Math.min(f.failures++, RETRY_MS.length - 1)];
  setTimeout(() => subscribe(f), delay);
}

/** Subscribes from `after` and keeps following the graph; returns the live state and a stop function. */
export function followChanges(deps: LiveDeps, after: number): { state: LiveState; stop: () => void } {
  const state: LiveState = { connected: false, lastSequence: after, lastChangeAt: null, applied: 0 };
  const client = createClient({ url: new URL('graphql', apiRoot()).toString(), retryAttempts: 0, singleConnection: false });
  const f: Follower = { deps, state, client, stopped: false, failures: 0, unsubscribe: null };
  subscribe(f);
  return {
    state,
    stop: () => {
      f.stopped = true;
      f.unsubscribe?.();
      client.dispose();
    },
  };
}
