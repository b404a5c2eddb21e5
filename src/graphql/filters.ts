import { Field, ID, InputType } from 'type-graphql';
import { HIERARCHY_MAX_HOPS, LABEL_PROPERTY, type NodeType } from '../model/index.js';
import type { Condition } from '../graph/list.repository.js';
import { CommitmentAmbition, CommitmentStatus, EventKind, InitiativeLevel, InitiativeStatus, LearningKind, OrganisationKind, PlaceKind, Sector } from './enums.js';
import { DateScalar } from './scalars.js';

@InputType({ description: 'An inclusive range of dates; either end may be left open.' })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: 'On or after this date.' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  to?: string;
}

@InputType({ description: 'Filters every list has.' })
export class BaseFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive text the name (or title) contains.' })
  text?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: only synthetic test data; false: only real records.' })
  synthetic?: boolean;
}

@InputType({ description: 'Filters for organisations; all given filters must match.' })
export class OrganisationFilter extends BaseFilter {
  @Field(() => [Sector], { nullable: true, description: 'Any of these sectors.' }) sector?: string[];
  @Field(() => [OrganisationKind], { nullable: true, description: 'Any of these kinds.' }) kind?: string[];
  @Field(() => ID, { nullable: true, description: 'Headquartered in this place or any place inside it.' }) place?: string;
}

@InputType({ description: 'Filters for people; all given filters must match.' })
export class ActorFilter extends BaseFilter {
  @Field(() => [Sector], { nullable: true, description: 'Any of these sectors.' }) sector?: string[];
  @Field(() => ID, { nullable: true, description: 'Works at this organisation.' }) organisation?: string;
}

@InputType({ description: 'Filters for initiatives; all given filters must match.' })
export class InitiativeFilter extends BaseFilter {
  @Field(() => [InitiativeLevel], { nullable: true, description: 'Any of these levels.' }) level?: string[];
  @Field(() => [InitiativeStatus], { nullable: true, description: 'Any of these statuses.' }) status?: string[];
  @Field(() => ID, { nullable: true, description: 'Located in this place or any place inside it.' }) place?: string;
  @Field(() => [ID], { nullable: true, description: 'About any of these themes.' }) theme?: string[];
  @Field(() => ID, { nullable: true, description: 'Member of this network initiative (e.g. "loci").' }) memberOf?: string;
  @Field(() => ID, { nullable: true, description: 'This organisation coordinates it or is a partner in it.' }) organisation?: string;
  @Field(() => DateRange, { nullable: true, description: 'Started within this range.' }) startDate?: DateRange;
}

@InputType({ description: 'Filters for commitments; all given filters must match.' })
export class CommitmentFilter extends BaseFilter {
  @Field(() => [CommitmentStatus], { nullable: true, description: 'Any of these statuses.' }) status?: string[];
  @Field(() => [CommitmentAmbition], { nullable: true, description: 'Any of these ambitions.' }) ambition?: string[];
  @Field(() => [ID], { nullable: true, description: 'About any of these themes.' }) theme?: string[];
  @Field(() => ID, { nullable: true, description: 'Made by this organisation.' }) madeBy?: string;
  @Field(() => DateRange, { nullable: true, description: 'Starting within this range.' }) startDate?: DateRange;
}

@InputType({ description: 'Filters for learnings; all given filters must match.' })
export class LearningFilter extends BaseFilter {
  @Field(() => [LearningKind], { nullable: true, description: 'Any of these kinds.' }) kind?: string[];
  @Field(() => [ID], { nullable: true, description: 'About any of these themes.' }) theme?: string[];
  @Field(() => String, { nullable: true, description: 'In this language (ISO 639-1).' }) language?: string;
  @Field(() => DateRange, { nullable: true, description: 'Dated within this range.' }) date?: DateRange;
}

@InputType({ description: 'Filters for events; all given filters must match.' })
export class EventFilter extends BaseFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Any of these kinds.' }) kind?: string[];
  @Field(() => ID, { nullable: true, description: 'Held in this place or any place inside it.' }) place?: string;
  @Field(() => DateRange, { nullable: true, description: 'Starting within this range.' }) startDate?: DateRange;
}

@InputType({ description: 'Filters for places; all given filters must match.' })
export class PlaceFilter extends BaseFilter {
  @Field(() => [PlaceKind], { nullable: true, description: 'Any of these kinds.' }) kind?: string[];
  @Field(() => ID, { nullable: true, description: 'Inside this place, at any depth.' }) within?: string;
  @Field(() => Boolean, { nullable: true, description: 'In the global south (true) or north (false).' }) globalSouth?: boolean;
}

@InputType({ description: 'Filters for themes.' })
export class ThemeFilter extends BaseFilter {}

@InputType({ description: 'Filters for contracting processes; all given filters must match. `text` is matched against the title.' })
export class ContractingProcessFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Bought by this organisation (BUYER_OF).' }) buyer?: string;
  @Field(() => ID, { nullable: true, description: 'Awarded to this organisation (AWARDED).' }) supplier?: string;
  @Field(() => ID, { nullable: true, description: 'Part of this initiative (PART_OF).' }) initiative?: string;
  @Field(() => ID, { nullable: true, description: 'Located in this place or any place inside it.' }) place?: string;
  @Field(() => DateRange, { nullable: true, description: 'Dated (its latest release) within this range.' }) dateRange?: DateRange;
  @Field(() => [String], { nullable: true, description: 'Any of these OCDS procurement methods: open, selective, limited, direct.' }) method?: string[];
}

type Translate = (value: never) => Condition;

/** Places at most this deep below the one filtered on: the model's bound on PART_OF (a cycle cannot make it run on). */
const PLACE_DEPTH = HIERARCHY_MAX_HOPS;

const inList = (prop: string): Translate => (values: string[]) => ({ cypher: `n.${prop} IN $f_${prop}`, params: { [`f_${prop}`]: values } });
const equals = (prop: string): Translate => (value: unknown) => ({ cypher: `n.${prop} = $f_${prop}`, params: { [`f_${prop}`]: value } });
// The pattern names one node by id, so it also serves as the list's starting point (anchor).
const related = (param: string, pattern: string): Translate => (value: unknown) => ({ cypher: `EXISTS { MATCH ${pattern} }`, params: { [param]: value }, anchor: pattern });
const dateRange = (prop: string): Translate => (range: DateRange) => ({
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
