/**
 * The WebGL drawing (sigma.js 4). Reducers read the current scene (what the filters hide, what
 * the focus/path/expansions single out) at each refresh, so filtering, focusing and fading never
 * touch the graph itself. Labels: sigma's label grid keeps one label per cell, biggest nodes
 * first, and only for nodes drawn large enough; the focus and the highlighted nodes always get
 * theirs, faded nodes never.
 */
import Sigma from 'sigma';
import { DEFAULT_EDGE_PRIMITIVES } from 'sigma/primitives';
import { pathLine } from 'sigma/rendering';
import type { Area } from './drawing.js';
import type { LociGraph, EdgeAttributes, NodeAttributes } from './graph-model.js';
import type { Highlight } from './highlight.js';
import { CHARACTER_WRITER, drawWithoutInstancing } from './instancing.js';
import type { Visibility } from './filters.js';
import { FADED_EDGE, FADED_NODE, HIGHLIGHT_EDGE, LABEL_COLOUR, PATH_COLOUR } from './palette.js';

type RenderParams = ReturnType<Sigma['getRenderParams']>;

/**
 * Sigma, without its picking pass while the camera moves. Sigma draws every node twice a frame:
 * on screen, and into the picking buffer that tells which node is under the pointer. Nobody
 * points at a node while zooming or panning, and without a GPU the second pass is almost half of
 * a moving frame of 5,447 nodes (4.4 → 7.9 fps on SwiftShader). The still frame that ends every
 * move (sigma draws one to bring relationships and labels back) fills the buffer again.
 */
class LociSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  override getRenderParams(): RenderParams {
    const params = super.getRenderParams();
    const mouse = this.getMouseCaptor();
    // Sigma's own test for a moving camera (it hides relationships and labels on it).
    const moving = this.getCamera().isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
    return moving ? { ...params, pickingFrameBuffer: null } : params;
  }
}

// Nodes, relationships and label characters as plain triangles instead of instances
// (instancing.ts: 110 ms → 2 ms a moving frame of 5,447 nodes on SwiftShader). Sigma makes its
// programs in a private method, from its constructor and again after a lost WebGL context, so the
// hook goes on the prototype.
const sigmaPrototype = Sigma.prototype as unknown as { initPrograms(...args: unknown[]): { labelProgram: unknown } };
Object.defineProperty(LociSigma.prototype, 'initPrograms', {
  value(this: { nodeProgram: unknown; edgeProgram: unknown }, ...args: unknown[]) {
    const programs = sigmaPrototype.initPrograms.apply(this, args);
    drawWithoutInstancing(this.nodeProgram);
    drawWithoutInstancing(this.edgeProgram);
    drawWithoutInstancing(programs.labelProgram, CHARACTER_WRITER);
    return programs;
  },
});

export type LociRenderer = LociSigma;

/** What the reducers draw from; main.ts replaces its fields, then calls renderer.refresh(). */
export interface Scene {
  visibility: Visibility;
  highlight: Highlight | null;
  focus: string | null;
  pathEdges: Set<string>;
  /** Few nodes on show: every visible node gets its label. */
  allLabels: boolean;
}

export function createScene(): Scene {
  return { visibility: { hiddenNodes: new Set(), hiddenEdges: new Set() }, highlight: null, focus: null, pathEdges: new Set(), allLabels: false };
}

export interface RendererEvents {
  select(node: string): void;
  expand(node: string): void;
  clear(): void;
}

/** Highlighted sets up to this size show every label; larger ones leave it to the label grid. */
const ALL_LABELS_UP_TO = 60;
/** Labels in the overview are cut to this many characters (full on hover, focus and highlight): long titles would cover their neighbours. */
const SHORT_LABEL = 28;

export function shortLabel(label: string | null | undefined): string {
  if (!label) return '';
  return label.length <= SHORT_LABEL ? label : `${label.slice(0, SHORT_LABEL - 1).trimEnd()}…`;
}

/**
 * Past these sizes the camera moves without drawing relationships (and labels): with 5,000
 * relationships drawn, a frame without them is about half as long on a CPU-only renderer
 * (SwiftShader; `npm run bench:explorer`). The drawing is whole again as soon as the camera stops.
 */
const HIDE_EDGES_ON_MOVE_ABOVE = 2_000;
const HIDE_LABELS_ON_MOVE_ABOVE = 2_000;

/** Fits the settings that depend on the drawing's size to it; call after the drawn graph changed. */
export function fitToSize(renderer: LociRenderer): void {
  const drawn = renderer.getGraph();
  const edges = drawn.size > HIDE_EDGES_ON_MOVE_ABOVE;
  const labels = drawn.order > HIDE_LABELS_ON_MOVE_ABOVE;
  if (renderer.getSetting('hideEdgesOnMove') !== edges) renderer.setSetting('hideEdgesOnMove', edges);
  if (renderer.getSetting('hideLabelsOnMove') !== labels) renderer.setSetting('hideLabelsOnMove', labels);
}

/** Share of the view's width and height added on each side: relationships just outside it are drawn too. */
const AREA_MARGIN = 0.25;

/**
 * The part of the graph (in its own x and y) the camera shows, with a margin; null when the
 * camera is not zoomed in (the whole graph is about in view, and a graph sigma has not framed
 * yet has no area to speak of).
 */
export function viewedArea(renderer: LociRenderer): Area | null {
  if (renderer.getCamera().ratio >= 1) return null;
  const { width, height } = renderer.getDimensions();
  const corners = [renderer.viewportToGraph({ x: 0, y: 0 }), renderer.viewportToGraph({ x: width, y: height })];
  const [minX, maxX] = [Math.min(corners[0].x, corners[1].x), Math.max(corners[0].x, corners[1].x)];
  const [minY, maxY] = [Math.min(corners[0].y, corners[1].y), Math.max(corners[0].y, corners[1].y)];
  const dx = (maxX - minX) * AREA_MARGIN;
  const dy = (maxY - minY) * AREA_MARGIN;
  return { minX: minX - dx, maxX: maxX + dx, minY: minY - dy, maxY: maxY + dy };
}

/** Creates the renderer of `graph` (the drawing, drawing.ts) in `container` and wires clicks: click = focus, double-click = expand, background = clear. */
export function createRenderer(container: HTMLElement, graph: LociGraph, scene: Scene, events: RendererEvents): LociRenderer {
  const renderer: LociRenderer = new LociSigma(graph, container, {
    // Straight relationships only. sigma's default edge program also holds the self-loop path,
    // and then draws every relationship with the loop's 66 vertices instead of a line's 4: a
    // third of the time of a still frame of 41,882 relationships on a CPU-only renderer
    // (1.66 s → 1.08 s). The LOCI model has no relationship from a node to itself.
    primitives: { edges: { ...DEFAULT_EDGE_PRIMITIVES, paths: [pathLine()] } },
    settings: {
      itemSizesReference: 'screen',
      zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
      labelDensity: 0.6,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 8,
      stagePadding: 40,
      enableCameraRotation: false,
      enableCameraMouseRotation: false,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      doubleClickZoomingRatio: 1.5,
    },
    nodeReducer: (key, data, attributes, state) => {
      if (scene.visibility.hiddenNodes.has(key)) return { visibility: 'hidden', labelVisibility: 'hidden' };
      const full = state.isHovered || key === scene.focus || scene.highlight?.nodes.has(key);
      const base = { labelColor: LABEL_COLOUR, labelSize: 13, label: full ? attributes.label : shortLabel(attributes.label), ...(scene.allLabels ? { labelVisibility: 'visible' as const } : {}) };
      if (key === scene.focus) {
        // A halo around the node only: a backdrop over the label area would cover the label.
        return { ...base, size: data.size * 1.3, zIndex: 3, depth: 'topNodes', labelDepth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropArea: 'node', backdropPadding: 5 };
      }
      const highlight = scene.highlight;
      if (!highlight) return base;
      if (highlight.nodes.has(key)) {
        // Labels above the nodes: a highlighted label must not slip under a big highlighted node.
        return { ...base, zIndex: 2, depth: 'topNodes', labelDepth: 'topNodes', labelVisibility: highlight.nodes.size <= ALL_LABELS_UP_TO ? 'visible' : 'auto' };
      }
      if (state.isHovered) return base;
      return { ...base, color: FADED_NODE, zIndex: 0, labelVisibility: 'hidden' };
    },
    edgeReducer: (key) => {
      if (scene.visibility.hiddenEdges.has(key)) return { visibility: 'hidden' };
      if (scene.pathEdges.has(key)) return { color: PATH_COLOUR, size: 3.5, zIndex: 3, depth: 'topEdges' };
      const highlight = scene.highlight;
      if (!highlight) return {};
      if (highlight.edges.has(key)) return { color: HIGHLIGHT_EDGE, size: 1.6, zIndex: 2, depth: 'topEdges' };
      return { color: FADED_EDGE, zIndex: 0 };
    },
  });

  renderer.on('clickNode', ({ node }) => events.select(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    events.expand(node);
  });
  renderer.on('clickStage', () => events.clear());
  renderer.on('enterNode', () => container.classList.add('over-node'));
  renderer.on('leaveNode', () => container.classList.remove('over-node'));
  return renderer;
}

/** Moves the camera to a node (animated), zooming in if the view is wide. */
export function focusCamera(renderer: LociRenderer, node: string): Promise<void> {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 600 });
}

/** Frames the camera on a set of nodes (a path, an expansion), animated. */
export function frameNodes(renderer: LociRenderer, nodes: Iterable<string>): Promise<void> {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let count = 0;
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    count++;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!count) return Promise.resolve();
  // Framed coordinates span about 1 for the whole graph: the ratio is the share of it to show.
  const ratio = Math.min(1.2, Math.max(0.2, Math.max(maxX - minX, maxY - minY) * 1.8));
  return renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
}
