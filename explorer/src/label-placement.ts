/**
 * Labels that never cover each other. Sigma's label grid keeps one label per cell for the
 * overview, but the labels we force on (the focus, its neighbours, every node of a small view)
 * skip the grid, and piled up: Kaduna and its eight partners, Mexico / Mexico City / Instituto
 * Mexicano. Here each forced label is given a box on screen, in priority order (the focus, the
 * path, then the best connected), and a label whose box meets one already placed is left out; it
 * comes back on hover, or when zooming in separates the nodes (placement runs again once the
 * camera stops). Pure (no DOM): the renderer measures labels (measure-label.ts) and passes boxes.
 */

/** A label's box on screen, in pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidate {
  id: string;
  /** The node's centre on screen and its radius, in pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's width and height in pixels. */
  width: number;
  height: number;
}

/** Labels are cut to this many characters (full on hover and for the focus): long titles would cover their neighbours. */
const SHORT_LABEL = 28;

/** A label shortened to SHORT_LABEL characters, with an ellipsis when cut. */
export function shortLabel(label: string | null | undefined): string {
  if (!label) return '';
  return label.length <= SHORT_LABEL ? label : `${label.slice(0, SHORT_LABEL - 1).trimEnd()}…`;
}

/** Room kept around each label, in pixels. */
const GAP = 3;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of a label drawn to the right of its node, vertically centred, as sigma draws it. */
export function labelBox(c: LabelCandidate): Box {
  const left = c.x + c.radius + GAP;
  return { left: left - GAP, top: c.y - c.height / 2 - GAP, right: left + c.width + GAP, bottom: c.y + c.height / 2 + GAP };
}

/**
 * The candidates whose labels fit, taken greedily in the given (priority) order: a label is kept
 * when its box meets no kept label's box. Pure; n² over a few dozen labels at most.
 */
export function placeLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const kept: Box[] = [];
  const placed = new Set<string>();
  for (const candidate of candidates) {
    const box = labelBox(candidate);
    if (kept.some((other) => overlaps(box, other))) continue;
    kept.push(box);
    placed.add(candidate.id);
  }
  return placed;
}
