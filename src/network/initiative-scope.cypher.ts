import { HIERARCHY_MAX_HOPS, type InitiativeLevel } from '../model/index.js';

/** Places at most this deep below a country or world region: the model's bound on PART_OF (a cycle cannot make it run on). */
export const PLACE_DEPTH = HIERARCHY_MAX_HOPS;

/**
 * Which initiatives `peers` and `advice` may answer with. Absent (null or undefined) fields do not
 * filter; the given ones apply together.
 */
export interface InitiativeScope {
  /** Not located in this place or any place inside it (e.g. "africa": peers on other continents). */
  excludePlace?: string | null;
  /** Located in one of these places or a place inside one of them. */
  places?: string[] | null;
  levels?: InitiativeLevel[] | null;
  /** About one of these themes, directly or through a commitment it advances. */
  themes?: string[] | null;
}

/**
 * Cypher condition: initiative `v` is in `scope`, reading $excludePlace, $places, $levels and
 * $themes (see scopeParams); only the given fields are written, so an unfiltered question pays
 * for no subquery. Places are climbed upward from the initiative's own place, at most
 * PLACE_DEPTH steps, and EXISTS stops at the first way found, so a place reached twice is not
 * counted twice and the cost stays bounded whatever the size of the excluded region.
 */
export function scopeCondition(v: string, scope: InitiativeScope | null | undefined): string {
  const s = scope ?? {};
  const parts = [
    s.levels != null ? `${v}.level IN $levels` : null,
    s.themes != null
      ? `(EXISTS { MATCH (${v})-[:ABOUT]->(st:Theme) WHERE st.id IN $themes } OR EXISTS { MATCH (${v})-[:ADVANCES]->(:Commitment)-[:ABOUT]->(st:Theme) WHERE st.id IN $themes })`
      : null,
    s.places != null ? `EXISTS { MATCH (${v})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(sp:Place) WHERE sp.id IN $places }` : null,
    s.excludePlace != null ? `NOT EXISTS { MATCH (${v})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(:Place {id: $excludePlace}) }` : null,
  ];
  return parts.filter((p) => p !== null).join(' AND ') || 'true';
}

/** The parameters scopeCondition reads, and the ids to check exist (see missingScopeId). */
export function scopeParams(scope: InitiativeScope | null | undefined, prefix: string) {
  const s = scope ?? {};
  const ids = [
    ...(s.excludePlace != null ? [{ id: s.excludePlace, label: 'Place', field: `${prefix}excludePlace` }] : []),
    ...(s.places ?? []).map((id) => ({ id, label: 'Place', field: `${prefix}places` })),
    ...(s.themes ?? []).map((id) => ({ id, label: 'Theme', field: `${prefix}themes` })),
  ];
  return {
    excludePlace: s.excludePlace ?? null,
    places: s.places ?? null,
    levels: s.levels ?? null,
    themes: s.themes ?? null,
    scopeIds: ids,
  };
}

/**
 * Cypher expression: the first `{ id, field }` of $scopeIds that names no node of its label, or
 * null when every scope id exists. Lets the first statement of a request check the filter.
 */
export const MISSING_SCOPE_ID = `[x IN $scopeIds WHERE NOT EXISTS { MATCH (n:Entity {id: x.id}) WHERE x.label IN labels(n) } | { id: x.id, field: x.field }][0]`;
