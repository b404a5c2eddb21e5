import { NODE_TYPES } from '../../src/model/index.js';

/** Runs one Cypher statement (one database round trip) and returns plain rows. */
export type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, any>[]>;

/** One floor operation: its parameters in, the canonical answer out. */
export type FloorQuery = (run: Run, params: Record<string, any>) => Promise<unknown>;

/** A node's model type; queries using it pass TYPE_PARAMS. */
export const TYPE = (v: string) => `[l IN labels(${v}) WHERE l IN $nodeTypes][0]`;
export const TYPE_PARAMS = { nodeTypes: NODE_TYPES };

/** A node's display label: every type reads as `name` except the three that read as `title`, and no type has both. */
export const LABEL = (v: string) => `coalesce(${v}.name, ${v}.title)`;

/** A relationship as the network API draws it. */
export const EDGE = (v: string) =>
  `{ id: elementId(${v}), type: type(${v}), source: startNode(${v}).id, target: endNode(${v}).id, role: ${v}.role, since: ${v}.since, until: ${v}.until }`;
