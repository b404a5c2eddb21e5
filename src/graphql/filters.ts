import { Field, ID, InputType } from 'type-graphql';
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
