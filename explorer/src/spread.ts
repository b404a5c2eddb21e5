/**
 * After a focus, the focused node's neighbours are spread apart so each one's node and label
 * can be read: a local anti-overlap pass on screen (the layout packs a hub's partners tight,
 * and eight labels on one spot cannot be read at any zoom). Only the neighbours move, each by the
 * least that clears its label's box, vertically (labels are wide and short); the focus stays.
 */
import type { LociGraph } from './graph-model.js';
import { labelBox, type Box, type LabelCandidate } from './label-placement.js';

/** Passes over the pairs; each resolves the overlaps the last one left. */
const PASSES = 200;
/** No node travels further than this many pixels: the drawing keeps its shape. */
const MAX_SHIFT = 160;

const overlapY = (a: Box, b: Box) => Math.min(a.bottom - b.top, b.bottom - a.top);
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Moves candidates (given on screen, the fixed one first) so that no two boxes overlap, as far
 * as MAX_SHIFT allows; returns the new screen positions by id. Pure.
 */
export function separate(candidates: readonly LabelCandidate[], fixed: string): Map<string, { x: number; y: number }> {
  const items = candidates.map((c) => ({ ...c, startY: c.y }));
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        const boxA = labelBox(a);
        const boxB = labelBox(b);
        if (!overlaps(boxA, boxB)) continue;
        const push = overlapY(boxA, boxB) + 0.5;
        const down = b.y > a.y || (b.y === a.y && j > i) ? 1 : -1;
        // The fixed node does not move; otherwise each gives half.
        const shareA = a.id === fixed ? 0 : b.id === fixed ? 1 : 0.5;
        a.y = clampShift(a, a.y - down * push * shareA);
        b.y = clampShift(b, b.y + down * push * (1 - shareA));
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(items.map((item) => [item.id, { x: item.x, y: item.y }]));
}

const clampShift = (item: { startY: number }, y: number) => Math.max(item.startY - MAX_SHIFT, Math.min(item.startY + MAX_SHIFT, y));

/** What spreading needs of the renderer: screen positions and sizes, and the way back to the graph. */
export interface ScreenMapping {
  toScreen(node: string): { x: number; y: number; radius: number } | null;
  toGraph(point: { x: number; y: number }): { x: number; y: number };
  /** The label as drawn: `full` for the focus, shortened for the others. */
  label(node: string, full: boolean): string;
  /** A label's width in pixels, as drawn. */
  labelWidth(text: string): number;
  labelSize: number;
}

/** Spreads `nodes` (the focus and its neighbours) on screen, moving them in `graph`. Returns how many moved. */
export function spreadAround(graph: LociGraph, focus: string, nodes: Iterable<string>, screen: ScreenMapping): number {
  const candidates: LabelCandidate[] = [];
  for (const node of [focus, ...[...nodes].filter((n) => n !== focus)]) {
    const at = screen.toScreen(node);
    if (!at || !graph.hasNode(node)) continue;
    candidates.push({ id: node, ...at, width: screen.labelWidth(screen.label(node, node === focus)), height: screen.labelSize });
  }
  const placed = separate(candidates, focus);
  let moved = 0;
  for (const candidate of candidates) {
    const next = placed.get(candidate.id)!;
    if (Math.abs(next.y - candidate.y) < 0.5) continue;
    graph.mergeNodeAttributes(candidate.id, screen.toGraph(next));
    moved++;
  }
  return moved;
}
