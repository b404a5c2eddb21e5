import { HIERARCHY_MAX_HOPS, LABEL_PROPERTY, type NodeType } from '../model/index.js';
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

type Translate = (value: never) => Condition;

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

/** How each filter field of each type becomes Cypher: fixed fragments, values always parameters. */
const FILTERS: Record<NodeType, Record<string, Translate>> = {
  Organisation: { sector: inList('sector'), kind: inList('kind'), place: placeWithin },
  Actor: { sector: inList('sector'), organisation: related('f_org', '(n)-[:WORKS_AT]->(:Organisation {id: $f_org})') },
  Initiative: {
    level: inList('level'),
    status: inList('status'),
    place: placeWithin,
    theme: themeAny,
    memberOf: related('f_member', '(n)-[:MEMBER_OF]->(:Initiative {id: $f_member})'),
    organisation: related('f_org', '(n)<-[:COORDINATES|PARTNER_IN]-(:Organisation {id: $f_org})'),
    startDate: dateRange('startDate'),
  },
  Commitment: {
    status: inList('status'),
    ambition: inList('ambition'),
    theme: themeAny,
    madeBy: related('f_org', '(n)<-[:MADE]-(:Organisation {id: $f_org})'),
    startDate: dateRange('startDate'),
  },
  Learning: { kind: inList('kind'), theme: themeAny, language: equals('language'), date: dateRange('date') },
  Event: { kind: inList('kind'), place: placeWithin, startDate: dateRange('startDate') },
  Place: { kind: inList('kind'), within: related('f_within', `(n)-[:PART_OF*1..${PLACE_DEPTH}]->(:Place {id: $f_within})`), globalSouth: equals('globalSouth') },
  Theme: {},
  ContractingProcess: {
    buyer: related('f_buyer', '(n)<-[:BUYER_OF]-(:Organisation {id: $f_buyer})'),
    supplier: related('f_supplier', '(n)<-[:AWARDED]-(:Organisation {id: $f_supplier})'),
    initiative: related('f_initiative', '(n)-[:PART_OF]->(:Initiative {id: $f_initiative})'),
    place: placeWithin,
    dateRange: dateRange('date'),
    method: inList('procurementMethod'),
  },
};

/** Turns a filter input into Cypher conditions on `n`; unset fields add nothing. */
export function toConditions(type: NodeType, filter: object | undefined | null): Condition[] {
  if (!filter) return [];
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    const translate = FILTERS[type][key] ?? BASE[key]?.(type);
    if (!translate) throw new Error(`no translation for filter ${type}.${key}`);
    conditions.push(translate(value as never));
  }
  return conditions;
}
