import { HIERARCHY_MAX_HOPS, LABEL_PROPERTY, NODE_PROPERTIES, NODE_TYPES, type NodeType, type PropertyFilter, type PropertySpecs } from '../model/index.js';
import type { Condition } from './list.repository.js';

/**
 * How each field of a list's filter input (src/graphql/filters.ts) becomes a Cypher condition on
 * `n`: fixed fragments written here, the values always parameters, the relationship types and
 * labels the model's.
 */

/** An inclusive date range, either end open (the `DateRange` input). */
interface DateBounds {
  from?: string | null;
  to?: string | null;
}

export type Translate = (value: never) => Condition;

/** Places at most this deep below the one filtered on: the model's bound on PART_OF (a cycle cannot make it run on). */
const PLACE_DEPTH = HIERARCHY_MAX_HOPS;

const inList = (prop: string): Translate => (values: string[]) => ({ cypher: `n.${prop} IN $f_${prop}`, params: { [`f_${prop}`]: values } });
const equals = (prop: string): Translate => (value: unknown) => ({ cypher: `n.${prop} = $f_${prop}`, params: { [`f_${prop}`]: value } });
// The pattern names one node by id, so it also serves as the list's starting point (anchor).
const related = (param: string, pattern: string): Translate => (value: unknown) => ({ cypher: `EXISTS { MATCH ${pattern} }`, params: { [param]: value }, anchor: pattern });
const dateRange = (prop: string): Translate => (range: DateBounds) => ({
  cypher: `($f_${prop}_from IS NULL OR n.${prop} >= $f_${prop}_from) AND ($f_${prop}_to IS NULL OR n.${prop} <= $f_${prop}_to)`,
  params: { [`f_${prop}_from`]: range.from ?? null, [`f_${prop}_to`]: range.to ?? null },
});
const placeWithin = related('f_place', `(n)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(:Place {id: $f_place})`);
const themeAny = related('f_theme', '(n)-[:ABOUT]->(t:Theme) WHERE t.id IN $f_theme');

const BASE: Record<string, (type: NodeType) => Translate> = {
  text: (type) => (text: string) => ({ cypher: `toLower(n.${LABEL_PROPERTY[type]}) CONTAINS toLower($f_text)`, params: { f_text: text } }),
  ids: () => (ids: string[]) => ({ cypher: 'n.id IN $f_ids', params: { f_ids: ids } }),
  synthetic: () => (wanted: boolean) => ({ cypher: 'coalesce(n.synthetic, false) = $f_synthetic', params: { f_synthetic: wanted } }),
};

/** The filters on relationships of each type (its property filters come from the model, propertyFilters). */
const RELATED_FILTERS: Record<NodeType, Record<string, Translate>> = {
  Organisation: { place: placeWithin },
  Actor: { organisation: related('f_org', '(n)-[:WORKS_AT]->(:Organisation {id: $f_org})') },
  Initiative: {
    place: placeWithin,
    theme: themeAny,
    memberOf: related('f_member', '(n)-[:MEMBER_OF]->(:Initiative {id: $f_member})'),
    organisation: related('f_org', '(n)<-[:COORDINATES|PARTNER_IN]-(:Organisation {id: $f_org})'),
  },
  Commitment: { theme: themeAny, madeBy: related('f_org', '(n)<-[:MADE]-(:Organisation {id: $f_org})') },
  Learning: { theme: themeAny },
  Event: { place: placeWithin },
  Place: { within: related('f_within', `(n)-[:PART_OF*1..${PLACE_DEPTH}]->(:Place {id: $f_within})`) },
  Theme: {},
  ContractingProcess: {
    buyer: related('f_buyer', '(n)<-[:BUYER_OF]-(:Organisation {id: $f_buyer})'),
    supplier: related('f_supplier', '(n)<-[:AWARDED]-(:Organisation {id: $f_supplier})'),
    initiative: related('f_initiative', '(n)-[:PART_OF]->(:Initiative {id: $f_initiative})'),
    place: placeWithin,
  },
};

const BY_KIND: Record<PropertyFilter['kind'], (prop: string) => Translate> = { any: inList, equals: equals, range: dateRange };

/** The filters a type's properties declare (node-properties.ts), by filter field name. */
export function propertyFilters(properties: PropertySpecs): Record<string, Translate> {
  const filters: Record<string, Translate> = {};
  for (const [prop, spec] of Object.entries(properties)) if (spec.filter) filters[spec.filter.as ?? prop] = BY_KIND[spec.filter.kind](prop);
  return filters;
}

/** Every filter of each type: its properties' and its relationships'. */
const FILTERS = Object.fromEntries(NODE_TYPES.map((t) => [t, { ...propertyFilters(NODE_PROPERTIES[t]), ...RELATED_FILTERS[t] }])) as Record<NodeType, Record<string, Translate>>;

/** Turns a filter input into Cypher conditions on `n`; unset fields add nothing. */
export function toConditions(type: NodeType, filter: object | undefined | null, filters: Record<string, Translate> = FILTERS[type]): Condition[] {
  if (!filter) return [];
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    const translate = filters[key] ?? BASE[key]?.(type);
    if (!translate) throw new Error(`no translation for filter ${type}.${key}`);
    conditions.push(translate(value as never));
  }
  return conditions;
}
