/**
 * The controller's contract (controller.ts implements it): the actions panels call, the session
 * behind them and the state tests read from `window.__loci.state`.
 */
import type { ExplorerStore } from './explorer-store.js';
import type { ExplorerPathQuery } from './generated/graphql.js';
import type { mergeSubgraph } from './graph-model.js';
import type { Depth, ViewStore } from './view-state.js';
import type { VisibleCounts } from './status-line.js';
import type { NodeType } from './vocabulary.js';

export type PathAnswer = NonNullable<ExplorerPathQuery['shortestPath']>;
export type SharedNeighbour = ExplorerPathQuery['connections']['shared'][number];

export interface Session {
  /** Node ids of each expanded neighbourhood, by `id:depth`. */
  expansions: Map<string, string[]>;
  /** The path between the view's path ends (`key` = "from,to"); `answer` null when there is none. */
  path: { key: string; answer: PathAnswer | null; shared: SharedNeighbour[] } | null;
  /**
   * `cap`: the server's limit on one network, once it has told us (LIMIT_EXCEEDED), else null.
   * `betweenness`: how the server computed it (exact, or estimated from `sources` nodes).
   */
  network: { truncated: boolean; cappedNodes: string[]; cap: number | null; betweenness: { exact: boolean; sources: number } | null };
  /**
   * Contracting processes in the loaded network, and whether they started hidden because there
   * were too many (process-default.ts); `decided` once the first network holding any was loaded.
   */
  processes: { loaded: number; hiddenByDefault: boolean; decided: boolean };
}

/** What tests (and curious developers) read from `window.__loci.state`. */
export interface ExposedState {
  ready: boolean;
  layoutRunning: boolean;
  /** ForceAtlas2 iterations of the last layout run, once it has stopped. */
  layoutIterations: number;
  view: ReturnType<ViewStore['get']>;
  highlightedNodes: string[];
  highlightedEdges: string[];
  path: { nodes: string[]; edges: string[]; length: number } | null;
  hiddenNodes: number;
  hiddenEdges: number;
  shownNodes: number;
  /** What is on show, as the status line says it. */
  visible: VisibleCounts | null;
  /** The view's focus is a node the filters hide (the details panel offers to show it). */
  focusHidden: boolean;
  /** Labels drawn by placement (focus, highlight, small views), or null when sigma's grid decides. */
  placedLabels: string[] | null;
  /** Relationships the renderer draws (a large network draws a budget of them, drawing.ts). */
  drawnEdges: number;
  truncated: boolean;
  /** False when the server estimated betweenness from a sample (a large network). */
  betweennessExact: boolean;
  error: string | null;
  /** Contracting processes hidden because the network loaded too many of them (0 when none are). */
  processesHiddenByDefault: number;
}

export interface Controller {
  session: Session;
  exposed: ExposedState;
  /** The one store (view, session, exposed): a new panel subscribes to it and renders from it. */
  explorer: ExplorerStore;
  /** Loads the network, then restores the view's expansions, focus and path. */
  start(): Promise<void>;
  focus(id: string, options?: { camera?: boolean }): Promise<void>;
  clearFocus(): void;
  expand(id: string, depth?: Depth): Promise<void>;
  clearExpansions(): void;
  /** Sets one end of the path finder (null clears it); the path is fetched when both are set. */
  setPathEnd(end: 'from' | 'to', id: string | null): void;
  clearPath(): void;
  fitView(): void;
  /** Called after every redraw (panels refresh their counts and lists). */
  onRedraw(listener: () => void): void;
  /** Adds nodes and relationships (live changes) without moving the drawing, then redraws. */
  merge(nodes: Parameters<typeof mergeSubgraph>[1], edges: Parameters<typeof mergeSubgraph>[2]): void;
  /** Redraws after the graph was changed directly (live changes: labels, removals). */
  refresh(): void;
  /** Places the forced labels again (the nodes moved: the layout stopped). */
  placeLabels(): void;
  label(id: string): string;
  /** The node's type when the drawing holds it, else null. */
  nodeType(id: string): NodeType | null;
}
