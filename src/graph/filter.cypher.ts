import { ENTITY_LABEL, HIERARCHY_MAX_HOPS, LABEL_PROPERTY, NODE_PROPERTIES, NODE_TYPES, RELATIONSHIP_FIELDS, RELATIONSHIP_FILTERS } from '../model/index.js';
import type { NodeType, PropertyFilter, PropertySpecs, RelationshipField, RelationshipFilter, RelationshipFilters } from '../model/index.js';
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
const dateRange = (prop: string): Translate => (range: DateBounds) => ({
  cypher: `($f_${prop}_from IS NULL OR n.${prop} >= $f_${prop}_from) AND ($f_${prop}_to IS NULL OR n.${prop} <= $f_${prop}_to)`,
  params: { [`f_${prop}_from`]: range.from ?? null, [`f_${prop}_to`]: range.to ?? null },
});

const BASE: Record<string, (type: NodeType) => Translate> = {
  text: (type) => (text: string) => ({ cypher: `toLower(n.${LABEL_PROPERTY[type]}) CONTAINS toLower($f_text)`, params: { f_text: text } }),
  ids: () => (ids: string[]) => ({ cypher: 'n.id IN $f_ids', params: { f_ids: ids } }),
  synthetic: () => (wanted: boolean) => ({ cypher: 'coalesce(n.synthetic, false) = $f_synthetic', params: { f_synthetic: wanted } }),
};

const BY_KIND: Record<PropertyFilter['kind'], (prop: string) => Translate> = { any: inList, equals: equals, range: dateRange };

/** The filters a type's properties declare (node-properties.ts), by filter field name. */
export function propertyFilters(properties: PropertySpecs): Record<string, Translate> {
  const filters: Record<string, Translate> = {};
  for (const [prop, spec] of Object.entries(properties)) if (spec.filter) filters[spec.filter.as ?? prop] = BY_KIND[spec.filter.kind](prop);
  return filters;
}

/**
 * The Cypher of a relationship filter (relationship-filters.ts), as an `EXISTS` condition on `n`
 * and, since its pattern names one node by id, the list's starting point (anchor). The
 * relationship types and labels are the followed fields' (the model's), the value a parameter.
 */
function relationshipFilter(name: string, filter: RelationshipFilter, fields: Readonly<Record<string, RelationshipField>>): Translate {
  const followed = filter.fields.map((key) => fields[key]);
  const [first] = followed;
  if (!first || followed.some((field) => !field || field.direction !== first.direction || field.target !== first.target)) {
    throw new Error(`relationship filter ${name} must follow model fields of one direction and target: ${filter.fields.join(', ')}`);
  }
  if (filter.match === 'within' && first.target !== 'Place') throw new Error(`relationship filter ${name} matches within a place but ${filter.fields[0]} does not reach a Place`);
  const types = followed.map((field) => field.relationship).join('|');
  const hops = filter.match === 'transitive' ? `*1..${PLACE_DEPTH}` : '';
  const rel = first.direction === 'OUT' ? (to: string) => `(n)-[:${types}${hops}]->${to}` : (to: string) => `(n)<-[:${types}${hops}]-${to}`;
  const label = first.target ?? ENTITY_LABEL;
  const param = `f_${name}`;
  const pattern = {
    one: rel(`(:${label} {id: $${param}})`),
    transitive: rel(`(:${label} {id: $${param}})`),
    any: `${rel(`(t:${label})`)} WHERE t.id IN $${param}`,
    within: `${rel(`(:${label})`)}-[:PART_OF*0..${PLACE_DEPTH}]->(:Place {id: $${param}})`,
  }[filter.match];
  return (value: unknown) => ({ cypher: `EXISTS { MATCH ${pattern} }`, params: { [param]: value }, anchor: pattern });
}

/** The filters a type's relationship filters declare (relationship-filters.ts), by filter field name. */
export function relationshipFilters(filters: RelationshipFilters = {}, fields: Readonly<Record<string, RelationshipField>> = RELATIONSHIP_FIELDS): Record<string, Translate> {
  return Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name, relationshipFilter(name, filter, fields)]));
}

/** Every filter of each type: its properties' and its relationships'. */
const FILTERS = Object.fromEntries(
  NODE_TYPES.map((t) => [t, { ...propertyFilters(NODE_PROPERTIES[t]), ...relationshipFilters(RELATIONSHIP_FILTERS[t]) }]),
) as Record<NodeType, Record<string, Translate>>;

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
