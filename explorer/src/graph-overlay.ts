/**
 * A panel's own highlight (the Peers panel's peers, the Ask panel's introduction path), laid over
 * what the controller singles out. The controller computes the scene's highlight from the view
 * (focus, expansions, path finder) at every redraw; the overlay, while shown, replaces it right
 * after each redraw (`controller.onRedraw`), so it survives a click on a listed node (the focus
 * keeps its halo) and goes only when the panel clears it. Kept apart from the controller so the
 * panels can be re-wired to the view store once the explorer is restructured around it.
 */
import type { Controller } from './controller.js';
import type { Drawing } from './drawing.js';
import type { LociGraph } from './graph-model.js';
import { frameNodes, viewedArea, type LociRenderer, type Scene } from './renderer.js';

export interface OverlayInput {
  /** Nodes to single out (ids missing from the graph are skipped). */
  nodes: readonly string[];
  /** Relationships among them to single out. */
  edges?: readonly string[];
  /** Relationships drawn as a path (thick, dark): an introduction. */
  pathEdges?: readonly string[];
}

/** What tests read from `window.__loci.overlay`: the overlay now on the drawing, or nulls. */
export interface OverlayState {
  owner: string | null;
  nodes: string[];
  edges: string[];
  pathEdges: string[];
}

export interface GraphOverlay {
  /** Shows `input` on behalf of `owner` (a panel's name), replacing any other overlay. */
  show(owner: string, input: OverlayInput): void;
  /** Removes the overlay if `owner` holds it (any owner when omitted). */
  clear(owner?: string): void;
  readonly state: OverlayState;
}

/** Creates the page's one overlay; call once, after the controller. */
export function createGraphOverlay(deps: { graph: LociGraph; controller: Controller; scene: Scene; drawing: Drawing; renderer: LociRenderer }): GraphOverlay {
  const { graph, controller, scene, drawing, renderer } = deps;
  const state: OverlayState = { owner: null, nodes: [], edges: [], pathEdges: [] };
  let applying = false;

  /** Puts the overlay on the scene: the controller has just drawn its own highlight. */
  function apply(): void {
    if (!state.owner || applying) return;
    applying = true;
    const nodes = new Set(state.nodes.filter((n) => graph.hasNode(n)));
    const pathEdges = state.pathEdges.filter((e) => graph.hasEdge(e));
    const edges = state.edges.filter((e) => graph.hasEdge(e));
    scene.highlight = { nodes, edges: new Set([...edges, ...pathEdges]) };
    scene.pathEdges = new Set(pathEdges);
    // Path relationships must be in the drawing whatever its budget (drawing.ts).
    drawing.draw({ hiddenEdges: scene.visibility.hiddenEdges, keep: [...scene.highlight.edges], area: viewedArea(renderer) });
    renderer.refresh();
    controller.placeLabels();
    applying = false;
  }

  controller.onRedraw(apply);

  return {
    state,
    show(owner, input) {
      Object.assign(state, { owner, nodes: [...input.nodes], edges: [...(input.edges ?? [])], pathEdges: [...(input.pathEdges ?? [])] });
      controller.refresh();
      // What the panel singles out comes into view (peers may sit far apart in the drawing).
      void frameNodes(renderer, state.nodes);
    },
    clear(owner) {
      if (!state.owner || (owner && state.owner !== owner)) return;
      Object.assign(state, { owner: null, nodes: [], edges: [], pathEdges: [] });
      controller.refresh();
    },
  };
}
