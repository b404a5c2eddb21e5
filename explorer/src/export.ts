/**
 * "Export": PNG, GEXF, GraphML, JSON and CSV of what is shown.
 * - The whole (filtered) network comes from the server's /export/* files with the same filters,
 *   so a file is complete and carries every attribute the API exports.
 * - A focused, expanded or path view exports what stands out in it, written in the page
 *   (graphology-gexf's writer, graphology's JSON, our GraphML and CSV writers).
 * - PNG composes sigma's WebGL canvas, read right after a render (its drawing buffer is not
 *   preserved), on a white background with a title and the legend.
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import { exportUrl } from './api.js';
import { downloadBlob, downloadUrl } from './download.js';
import type { LociGraph } from './graph-model.js';
import { writeGraphml } from './graphml.js';
import { edgesCsv, nodesCsv } from './csv.js';
import type { LociRenderer, Scene } from './renderer.js';
import { TYPE_COLOURS } from './palette.js';
import type { ViewState } from './view-state.js';
import { NODE_TYPES, TYPE_PLURAL } from './vocabulary.js';
import { createGraph } from './graph-model.js';

export type ExportFormat = 'png' | 'gexf' | 'graphml' | 'json' | 'csv';

/**
 * The /export query parameters for the view's filters (the API's NetworkFilter, by name), with
 * the view's limit, or the server's cap when it has one (a larger network is refused).
 */
export function exportParams(view: ViewState, cap: number | null = null): URLSearchParams {
  const f = view.filters;
  const p = new URLSearchParams();
  if (f.types.length) p.set('nodeTypes', f.types.join(','));
  if (f.themes.length) p.set('themes', f.themes.join(','));
  if (f.places.length) p.set('places', f.places.join(','));
  if (f.levels.length) p.set('levels', f.levels.join(','));
  if (f.sectors.length) p.set('sectors', f.sectors.join(','));
  if (f.yearFrom !== null) p.set('from', String(f.yearFrom));
  if (f.yearTo !== null) p.set('to', String(f.yearTo));
  const limit = view.limit ?? cap;
  if (limit !== null) p.set('limit', String(limit));
  if (view.synthetic) p.set('includeSynthetic', 'true');
  return p;
}

/** The part of the drawing a file holds: visible nodes, and only the highlighted ones when something stands out. */
export function shownSubgraph(graph: LociGraph, scene: Scene): LociGraph {
  const sub = createGraph();
  const { hiddenNodes, hiddenEdges } = scene.visibility;
  const highlight = scene.highlight;
  graph.forEachNode((node, a) => {
    if (hiddenNodes.has(node) || (highlight && !highlight.nodes.has(node))) return;
    const { fixed: _fixed, ...attributes } = a;
    sub.addNode(node, attributes);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenEdges.has(edge) || !sub.hasNode(source) || !sub.hasNode(target)) return;
    if (highlight && !highlight.edges.has(edge)) return;
    sub.addEdgeWithKey(edge, source, target, a);
  });
  return sub;
}

/** True when the view singles something out (focus, expansion, path): files then hold that part only. */
export function isPartialView(view: ViewState): boolean {
  return Boolean(view.focus || view.expanded.length || (view.pathFrom && view.pathTo));
}

/** Exports the view in `format`. */
export async function exportView(format: ExportFormat, ctx: { graph: LociGraph; renderer: LociRenderer; scene: Scene; view: ViewState; cap: number | null }): Promise<string> {
  if (format === 'png') {
    downloadBlob(await renderPng(ctx.renderer, ctx.graph, ctx.view), 'loci-network.png');
    return 'loci-network.png';
  }
  if (!isPartialView(ctx.view)) {
    const params = exportParams(ctx.view, ctx.cap);
    if (format === 'csv') {
      downloadUrl(exportUrl('nodes.csv', params), 'loci-nodes.csv');
      downloadUrl(exportUrl('edges.csv', params), 'loci-edges.csv');
      return 'loci-nodes.csv and loci-edges.csv';
    }
    const file = `network.${format}`;
    downloadUrl(exportUrl(file, params), `loci-${file}`);
    return `loci-${file}`;
  }
  const sub = shownSubgraph(ctx.graph, ctx.scene);
  sub.setAttribute('title', 'LOCI network (explorer view)');
  sub.setAttribute('view', window.location.href);
  const save = (text: string, type: string, name: string) => downloadBlob(new Blob([text], { type }), name);
  if (format === 'gexf') save(writeGexf(sub, { version: '1.3' } as never), 'application/gexf+xml', 'loci-view.gexf');
  else if (format === 'graphml') save(writeGraphml(sub), 'application/graphml+xml', 'loci-view.graphml');
  else if (format === 'json') save(JSON.stringify(sub.export(), null, 1), 'application/json', 'loci-view.json');
  else {
    save(nodesCsv(sub), 'text/csv', 'loci-view-nodes.csv');
    save(edgesCsv(sub), 'text/csv', 'loci-view-edges.csv');
    return 'loci-view-nodes.csv and loci-view-edges.csv';
  }
  return `loci-view.${format}`;
}

/**
 * Renders the drawing into a PNG: the WebGL canvas is copied inside sigma's afterRender (the
 * only moment its buffer is sure to hold the frame), then framed with a title and a legend.
 */
export function renderPng(renderer: LociRenderer, graph: LociGraph, view: ViewState): Promise<Blob> {
  return new Promise((resolve, reject) => {
    renderer.once('afterRender', () => {
      try {
        const stage = renderer.getStageCanvas();
        const ratio = stage.width / Math.max(1, stage.clientWidth);
        const band = Math.round(44 * ratio);
        const out = document.createElement('canvas');
        out.width = stage.width;
        out.height = stage.height + band;
        const ctx = out.getContext('2d')!;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, out.width, out.height);
        ctx.drawImage(stage, 0, band);
        ctx.fillStyle = '#1f2430';
        ctx.font = `600 ${Math.round(16 * ratio)}px system-ui, sans-serif`;
        ctx.fillText('LOCI network', 14 * ratio, 27 * ratio);
        let x = 14 * ratio + ctx.measureText('LOCI network').width + 24 * ratio;
        ctx.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`;
        if (view.colourBy === 'type') {
          const present = new Set(graph.mapNodes((_n, a) => a.nodeType));
          for (const type of NODE_TYPES.filter((t) => present.has(t))) {
            ctx.fillStyle = TYPE_COLOURS[type];
            ctx.beginPath();
            ctx.arc(x, 23 * ratio, 5 * ratio, 0, 2 * Math.PI);
            ctx.fill();
            ctx.fillStyle = '#1f2430';
            ctx.fillText(TYPE_PLURAL[type], x + 9 * ratio, 27 * ratio);
            x += ctx.measureText(TYPE_PLURAL[type]).width + 26 * ratio;
          }
        } else {
          ctx.fillText('Colour: community (Louvain)', x, 27 * ratio);
        }
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))), 'image/png');
      } catch (error) {
        reject(error as Error);
      }
    });
    renderer.refresh();
  });
}
