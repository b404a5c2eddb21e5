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
import { emptyVisibility, type Visibility } from './filters.js';
import { placeLabels, shortLabel, type LabelCandidate } from './label-placement.js';
import { measureLabel } from './measure-label.js';
import { FADED_EDGE, FADED_NODE, HIGHLIGHT_EDGE, LABEL_COLOUR, MUTED_NODE, PATH_COLOUR } from './palette.js';
import type { ScreenMapping } from './spread.js';

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
  /** Of the labels forced on (focus, highlight, a small view), the ones that fit (label-placement.ts); null: no forced labels. */
  labels: Set<string> | null;
}

export function createScene(): Scene {
  return { visibility: emptyVisibility(), highlight: null, focus: null, pathEdges: new Set(), allLabels: false, labels: null };
}

export interface RendererEvents {
  select(node: string): void;
  expand(node: string): void;
  clear(): void;
}

/** Highlighted sets up to this size show every label that fits; larger ones leave it to the label grid. */
const ALL_LABELS_UP_TO = 60;
const LABEL_SIZE = 13;
/** Sigma's default label font, measured to place labels. */
const LABEL_FONT = 'Arial';

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

/** sigma's settings for the explorer: sizes on screen, a sparse label grid, no rotation. */
const RENDER_SETTINGS = {
  itemSizesReference: 'screen' as const,
  labelDensity: 0.6,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 8,
  stagePadding: 40,
  enableCameraRotation: false,
  enableCameraMouseRotation: false,
  minCameraRatio: 0.02,
  maxCameraRatio: 8,
  doubleClickZoomingRatio: 1.5,
  zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio),
};

/** Click = focus, double-click = expand, background = clear; the pointer changes over a node. */
function wireEvents(renderer: LociRenderer, container: HTMLElement, events: RendererEvents): void {
  renderer.on('clickNode', ({ node }) => events.select(node));
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    events.expand(node);
  });
  renderer.on('clickStage', () => events.clear());
  renderer.on('enterNode', () => container.classList.add('over-node'));
  renderer.on('leaveNode', () => container.classList.remove('over-node'));
}

/** Creates the renderer of `graph` (the drawing, drawing.ts) in `container` and wires clicks: click = focus, double-click = expand, background = clear. */
export function createRenderer(container: HTMLElement, graph: LociGraph, scene: Scene, events: RendererEvents): LociRenderer {
  const renderer: LociRenderer = new LociSigma(graph, container, {
    // Straight relationships only. sigma's default edge program also holds the self-loop path,
    // and then draws every relationship with the loop's 66 vertices instead of a line's 4: a
    // third of the time of a still frame of 41,882 relationships on a CPU-only renderer
    // (1.66 s → 1.08 s). The LOCI model has no relationship from a node to itself.
    primitives: { edges: { ...DEFAULT_EDGE_PRIMITIVES, paths: [pathLine()] } },
    settings: RENDER_SETTINGS,
    nodeReducer: (key, data, attributes, state) => {
      if (scene.visibility.hiddenNodes.has(key)) return { visibility: 'hidden', labelVisibility: 'hidden' };
      // Long names are cut (the full one on hover and for the focus): they would cover their neighbours.
      const full = state.isHovered || key === scene.focus;
      // A label forced on is drawn only where it fits (label-placement.ts); the others wait for hover or zoom.
      const forced = (wanted: boolean) => (!wanted ? 'auto' : !scene.labels || scene.labels.has(key) ? 'visible' : 'hidden');
      const base = { labelColor: LABEL_COLOUR, labelSize: LABEL_SIZE, label: full ? attributes.label : shortLabel(attributes.label), labelVisibility: forced(scene.allLabels) as 'visible' | 'hidden' | 'auto' };
      if (key === scene.focus) {
        // A halo around the node only: a backdrop over the label area would cover the label.
        return { ...base, size: data.size * 1.3, zIndex: 3, depth: 'topNodes', labelDepth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible', backdropArea: 'node', backdropPadding: 5 };
      }
      const highlight = scene.highlight;
      const muted = scene.visibility.mutedNodes.has(key);
      if (!highlight) return muted && !state.isHovered ? { ...base, color: MUTED_NODE, zIndex: 0, labelVisibility: 'hidden' } : base;
      if (highlight.nodes.has(key)) {
        // Labels above the nodes: a highlighted label must not slip under a big highlighted node.
        return { ...base, zIndex: 2, depth: 'topNodes', labelDepth: 'topNodes', labelVisibility: forced(highlight.nodes.size <= ALL_LABELS_UP_TO) };
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

  wireEvents(renderer, container, events);
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

/** The renderer's screen, as spreading and label placement see it (positions after the last render). */
export function screenMapping(renderer: LociRenderer): ScreenMapping {
  return {
    toScreen(node) {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return null;
      const at = renderer.framedGraphToViewport(data);
      return { x: at.x, y: at.y, radius: renderer.scaleSize(data.size) };
    },
    toGraph: (point) => renderer.viewportToGraph(point),
    label: (node, full) => {
      const label = renderer.getGraph().getNodeAttribute(node, 'label');
      return full ? label : shortLabel(label);
    },
    labelWidth: (text) => measureLabel(text, LABEL_SIZE, LABEL_FONT),
    labelSize: LABEL_SIZE,
  };
}

/**
 * The forced labels that fit on screen now: the focus, then the highlighted nodes (path first),
 * then, in a small view, every shown node, each group by degree. Null when no label is forced.
 */
export function chooseForcedLabels(renderer: LociRenderer, scene: Scene): Set<string> | null {
  const graph = renderer.getGraph();
  const highlight = scene.highlight && scene.highlight.nodes.size <= ALL_LABELS_UP_TO ? scene.highlight.nodes : null;
  if (!highlight && !scene.allLabels) return null;
  const shown = (node: string) => graph.hasNode(node) && !scene.visibility.hiddenNodes.has(node);
  const byDegree = (nodes: Iterable<string>) => [...nodes].filter(shown).sort((a, b) => graph.degree(b) - graph.degree(a));
  const onPath = new Set<string>();
  for (const edge of scene.pathEdges) if (graph.hasEdge(edge)) onPath.add(graph.source(edge)).add(graph.target(edge));
  const order = [
    ...(scene.focus && shown(scene.focus) ? [scene.focus] : []),
    ...byDegree(onPath),
    ...(highlight ? byDegree(highlight) : byDegree(graph.nodes().filter((n) => !scene.visibility.mutedNodes.has(n)))),
  ];
  const screen = screenMapping(renderer);
  const { width, height } = renderer.getDimensions();
  const seen = new Set<string>();
  const candidates: LabelCandidate[] = [];
  for (const node of order) {
    if (seen.has(node)) continue;
    seen.add(node);
    const at = screen.toScreen(node);
    // Off screen: it would keep room for a label nobody sees.
    if (!at || at.x < -at.radius || at.y < 0 || at.x > width || at.y > height) continue;
    const text = node === scene.focus ? graph.getNodeAttribute(node, 'label') : shortLabel(graph.getNodeAttribute(node, 'label'));
    candidates.push({ id: node, ...at, width: measureLabel(text, LABEL_SIZE, LABEL_FONT), height: LABEL_SIZE });
  }
  return placeLabels(candidates);
}
