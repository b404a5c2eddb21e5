import { HIERARCHY_MAX_HOPS, type InitiativeLevel, type NodeType, type RelationshipType, type Sector } from '../model/index.js';
import { BadUserInputError } from '../errors.js';
import { NETWORK_LIMITS } from '../config/network-limits.js';

/**
 * Which part of the graph a network holds: the same filter for the `network` query and the
 * HTTP exports. Absent (null or undefined) fields do not filter.
 */
export interface NetworkFilterValues {
  nodeTypes?: NodeType[] | null;
  relationshipTypes?: RelationshipType[] | null;
  /** Scope: nodes ABOUT one of these themes, the themes, and the nodes directly linked to them. */
  themes?: string[] | null;
  /** Scope: nodes LOCATED_IN one of these places (or a place inside), the places, and their direct links. */
  places?: string[] | null;
  /** Initiatives of these levels only (other types are not filtered by it). */
  levels?: InitiativeLevel[] | null;
  /** Organisations and people of these sectors only (other types are not filtered by it). */
  sectors?: Sector[] | null;
  /** Relationships valid at this partial date. */
  at?: string | null;
  /** Relationships valid at some time on or after this date. */
  from?: string | null;
  /** Relationships valid at some time on or before this date. */
  to?: string | null;
  includeSynthetic?: boolean | null;
  /** At most this many nodes: the best connected. */
  limit?: number | null;
}

/** A Cypher condition on a variable, written by this module; values travel as parameters. */
type Condition = (v: string) => string;

export interface NetworkCypher {
  /** Conditions every returned node meets. */
  node: Condition;
  /** Conditions every returned relationship meets. */
  relationship: Condition;
  /** The scope's anchor condition (themes and places), or null when the network is not scoped. */
  anchor: Condition | null;
  params: Record<string, unknown>;
}

/** Places at most this deep below a filtered place: the model's bound on PART_OF (a cycle cannot make it run on). */
const PLACE_DEPTH = HIERARCHY_MAX_HOPS;

/**
 * Partial dates compare as periods: "2019" covers all of 2019, so each side is cut to the
 * shorter precision first. `x <= y` holds when x's period starts no later than y's ends.
 */
const startsBy = (x: string, y: string) => `left(${x}, size(${y})) <= left(${y}, size(${x}))`;

/**
 * Throws BAD_USER_INPUT naming `${prefix}limit` or `${prefix}to` when the filter asks for what
 * cannot be: a limit out of range, or a `to` before `from`. Ids are checked against the graph
 * by the caller.
 */
export function assertNetworkFilter(filter: NetworkFilterValues, prefix: string, maxNodes: number = NETWORK_LIMITS.maxNetworkNodes): void {
  const { limit, from, to } = filter;
  if (limit !== null && limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > maxNodes)) {
    throw new BadUserInputError(`${prefix}limit`, `must be between 1 and ${maxNodes} (got ${limit})`);
  }
  if (from && to && !(from.slice(0, to.length) <= to.slice(0, from.length))) {
    throw new BadUserInputError(`${prefix}to`, `must not be before from (${from} > ${to})`);
  }
}

/** Translates a filter into Cypher conditions and their parameters. */
export function toNetworkCypher(filter: NetworkFilterValues): NetworkCypher {
  const real = (v: string) => (filter.includeSynthetic ? 'true' : `coalesce(${v}.synthetic, false) = false`);
  const node: string[] = [];
  if (filter.nodeTypes) node.push('any(l IN labels($v) WHERE l IN $f_nodeTypes)');
  if (filter.levels) node.push('(NOT $v:Initiative OR $v.level IN $f_levels)');
  if (filter.sectors) node.push('(NOT ($v:Organisation OR $v:Actor) OR $v.sector IN $f_sectors)');

  const rel: string[] = [];
  if (filter.at) rel.push(`($v.since IS NULL OR ${startsBy('$v.since', '$f_at')}) AND ($v.until IS NULL OR ${startsBy('$f_at', '$v.until')})`);
  if (filter.from) rel.push(`($v.until IS NULL OR ${startsBy('$f_from', '$v.until')})`);
  if (filter.to) rel.push(`($v.since IS NULL OR ${startsBy('$v.since', '$f_to')})`);

  const anchor: string[] = [];
  if (filter.themes) anchor.push('EXISTS { ($v)-[:ABOUT]->(t:Theme) WHERE t.id IN $f_themes }');
  if (filter.places) anchor.push(`EXISTS { ($v)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(p:Place) WHERE p.id IN $f_places }`);

  const join = (parts: string[]): Condition => (v) => [real(v), ...parts.map((p) => p.replaceAll('$v', v))].join(' AND ');
  return {
    node: join(node),
    relationship: join(rel),
    anchor: anchor.length ? join(anchor) : null,
    params: {
      f_nodeTypes: filter.nodeTypes ?? null,
      f_levels: filter.levels ?? null,
      f_sectors: filter.sectors ?? null,
      f_at: filter.at ?? null,
      f_from: filter.from ?? null,
      f_to: filter.to ?? null,
      f_themes: filter.themes ?? null,
      f_places: filter.places ?? null,
      f_scopeIds: [...(filter.themes ?? []), ...(filter.places ?? [])],
    },
  };
}
