/**
 * What one benchmark operation is: the same question put to the three systems, and how each
 * system's answer is turned into one canonical shape, so they can be compared before timing.
 */

/** The ids and texts operations are asked about, picked from the graph being measured (fixtures.ts). */
export interface Fixtures {
  /** A well-connected LOCAL initiative. */
  nodeId: string;
  /** The theme with the most LOCAL initiatives. */
  theme: string;
  /** Words to search for: the theme's name (no initiative title starts with it, see search.operation.ts). */
  searchText: string;
  /** The initiative with the most relationships. */
  hub: string;
  /** Two nodes far apart (the longest shortest path found in a sample). */
  pathFrom: string;
  pathTo: string;
  /** Federation representations, in the order a gateway would send them. */
  representations: { __typename: 'Initiative' | 'Organisation'; id: string }[];
  /** A person who works at an organisation: who asks for advice (peers and advice operations). */
  asker: string;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The systems compared. `lociBaseline` is optional: another build of LOCI Graph (`--baseline`),
 * asked exactly as `loci` is, to measure an optimisation before and after in one run.
 */
export type SystemName = 'loci' | 'neo4jGraphql' | 'driver' | 'lociBaseline';

export interface Operation {
  /** Short name, used in tables and as the driver floor's route (`POST /op/<name>`). */
  name: string;
  /** What it asks, in words. */
  description: string;
  loci(f: Fixtures): GraphqlRequest;
  /** null when @neo4j/graphql cannot express it; `unsupported` then says why. */
  neo4jGraphql: ((f: Fixtures) => GraphqlRequest) | null;
  unsupported?: string;
  /** The parameters posted to the driver floor; null when the floor has no hand-written twin (`driverUnsupported` says why). */
  driver: ((f: Fixtures) => Record<string, unknown>) | null;
  driverUnsupported?: string;
  /**
   * Each system's answer (GraphQL `data`, or the floor's JSON) in the canonical shape. Throws
   * when an answer is malformed (e.g. a path whose edges do not join its nodes).
   */
  normalise: { loci(data: any): unknown; neo4jGraphql?(data: any): unknown; driver?(data: any): unknown };
}

/** `undefined` and absent values become null, so optional fields compare equal across systems. */
export const orNull = <T>(value: T | undefined | null): T | null => (value === undefined ? null : value);

/** The nodes of a LOCI relation connection (`{ edges: [{ node, role, ... }] }`). */
export const nodesOf = (connection: { edges: { node: any }[] }) => connection.edges.map((e) => e.node);
