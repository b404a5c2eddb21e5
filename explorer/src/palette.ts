/**
 * Colours. Node types use the Okabe–Ito palette (eight colours that stay distinct for the common
 * forms of colour blindness); communities cycle through a longer colour-blind-safe list (Paul
 * Tol's "muted" and "bright" schemes), with grey for the small communities beyond it.
 */
import type { NodeType } from './vocabulary.js';

export const TYPE_COLOURS: Record<NodeType, string> = {
  Organisation: '#0072B2', // blue
  Actor: '#E69F00', // orange
  Initiative: '#009E73', // bluish green
  Commitment: '#CC79A7', // reddish purple
  Learning: '#D55E00', // vermillion
  Event: '#56B4E9', // sky blue
  Place: '#000000', // black
  Theme: '#F0E442', // yellow
  ContractingProcess: '#999999', // grey: many, small, and drawn behind the network's own types
};

const COMMUNITY_COLOURS = [
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499',
  '#4477AA', '#66CCEE', '#228833', '#CCBB44', '#EE6677', '#AA3377',
];

/** Colour of communities past the palette: they are small (Louvain numbers them largest first). */
export const SMALL_COMMUNITY_COLOUR = '#BBBBBB';

/** Communities are numbered from 0, largest first, so the palette goes to the largest ones. */
export function communityColour(community: number | null | undefined): string {
  if (community === null || community === undefined || community < 0) return SMALL_COMMUNITY_COLOUR;
  return COMMUNITY_COLOURS[community] ?? SMALL_COMMUNITY_COLOUR;
}

/** How many communities get a colour of their own (the legend lists these). */
export const COMMUNITY_PALETTE_SIZE = COMMUNITY_COLOURS.length;

/** Nodes and edges outside the focus, path or expansion. */
export const FADED_NODE = '#E2E5EA';
export const FADED_EDGE = '#EEF0F3';
export const EDGE_COLOUR = '#B9C0CA';
export const HIGHLIGHT_EDGE = '#3D4653';
export const PATH_COLOUR = '#111111';
export const LABEL_COLOUR = '#1F2430';
/** Nodes a theme or place filter shows only as neighbours of what it picked: present, but quieter than the tagged ones. */
export const MUTED_NODE = '#C3C8D0';
