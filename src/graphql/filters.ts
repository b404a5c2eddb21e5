import { Field, ID, InputType, type ClassType } from 'type-graphql';
import { NODE_PROPERTIES, type PropertySpecs } from '../model/index.js';
import { graphqlTypeOf } from './property-types.js';
import { DateScalar } from './scalars.js';

@InputType({ description: 'An inclusive range of dates; either end may be left open.' })
export class DateRange {
  @Field(() => DateScalar, { nullable: true, description: 'On or after this date.' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  to?: string;
}

/**
 * A list's filter input: the filters every list has (BaseFilter), its properties' filters
 * (node-properties.ts `filter`, declared by declarePropertyFilters) and, written in its class
 * below, the filters that follow a relationship. Their Cypher is in src/graph/filter.cypher.ts.
 */
export function declarePropertyFilters(filterClass: ClassType, properties: PropertySpecs): void {
  for (const [name, property] of Object.entries(properties)) {
    if (!property.filter) continue;
    const valueType = graphqlTypeOf({ ...property, list: false }, 'input');
    const type = property.filter.kind === 'range' ? () => DateRange : property.filter.kind === 'any' ? () => [valueType()] : valueType;
    Field(type, { nullable: true, description: property.filter.description })(filterClass.prototype, property.filter.as ?? name);
  }
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
  @Field(() => ID, { nullable: true, description: 'Headquartered in this place or any place inside it.' }) place?: string;
}

@InputType({ description: 'Filters for people; all given filters must match.' })
export class ActorFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Works at this organisation.' }) organisation?: string;
}

@InputType({ description: 'Filters for initiatives; all given filters must match.' })
export class InitiativeFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Located in this place or any place inside it.' }) place?: string;
  @Field(() => [ID], { nullable: true, description: 'About any of these themes.' }) theme?: string[];
  @Field(() => ID, { nullable: true, description: 'Member of this network initiative (e.g. "loci").' }) memberOf?: string;
  @Field(() => ID, { nullable: true, description: 'This organisation coordinates it or is a partner in it.' }) organisation?: string;
}

@InputType({ description: 'Filters for commitments; all given filters must match.' })
export class CommitmentFilter extends BaseFilter {
  @Field(() => [ID], { nullable: true, description: 'About any of these themes.' }) theme?: string[];
  @Field(() => ID, { nullable: true, description: 'Made by this organisation.' }) madeBy?: string;
}

@InputType({ description: 'Filters for learnings; all given filters must match.' })
export class LearningFilter extends BaseFilter {
  @Field(() => [ID], { nullable: true, description: 'About any of these themes.' }) theme?: string[];
}

@InputType({ description: 'Filters for events; all given filters must match.' })
export class EventFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Held in this place or any place inside it.' }) place?: string;
}

@InputType({ description: 'Filters for places; all given filters must match.' })
export class PlaceFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Inside this place, at any depth.' }) within?: string;
}

@InputType({ description: 'Filters for themes.' })
export class ThemeFilter extends BaseFilter {}

@InputType({ description: 'Filters for contracting processes; all given filters must match. `text` is matched against the title.' })
export class ContractingProcessFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Bought by this organisation (BUYER_OF).' }) buyer?: string;
  @Field(() => ID, { nullable: true, description: 'Awarded to this organisation (AWARDED).' }) supplier?: string;
  @Field(() => ID, { nullable: true, description: 'Part of this initiative (PART_OF).' }) initiative?: string;
  @Field(() => ID, { nullable: true, description: 'Located in this place or any place inside it.' }) place?: string;
}

declarePropertyFilters(OrganisationFilter, NODE_PROPERTIES.Organisation);
declarePropertyFilters(ActorFilter, NODE_PROPERTIES.Actor);
declarePropertyFilters(InitiativeFilter, NODE_PROPERTIES.Initiative);
declarePropertyFilters(CommitmentFilter, NODE_PROPERTIES.Commitment);
declarePropertyFilters(LearningFilter, NODE_PROPERTIES.Learning);
declarePropertyFilters(EventFilter, NODE_PROPERTIES.Event);
declarePropertyFilters(PlaceFilter, NODE_PROPERTIES.Place);
declarePropertyFilters(ThemeFilter, NODE_PROPERTIES.Theme);
declarePropertyFilters(ContractingProcessFilter, NODE_PROPERTIES.ContractingProcess);
