import { Field, ID, InputType, type ClassType } from 'type-graphql';
import type { PropertySpecs, RelationshipFilters } from '../model/index.js';
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
 * Declares a type's property filters (node-properties.ts `filter`) on its filter class. A list's
 * filter input has these, the filters every list has (BaseFilter) and the filters that follow a
 * relationship (createFilterInput); their Cypher is in src/graph/filter.cypher.ts.
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

/** Declares each relationship filter (relationship-filters.ts) on the filter class: one id, or a list of ids for `any`. */
function declareRelationshipFilters(filterClass: ClassType, filters: RelationshipFilters): void {
  for (const [name, filter] of Object.entries(filters)) {
    Field(filter.match === 'any' ? () => [ID] : () => ID, { nullable: true, description: filter.description })(filterClass.prototype, name);
  }
}

/**
 * The filter input of a node type's list (`InitiativeFilter`): BaseFilter's fields, then its
 * relationship filters, then its property filters, all from the model.
 */
export function createFilterInput(type: string, description: string, properties: PropertySpecs, filters: RelationshipFilters = {}): ClassType {
  const name = `${type}Filter`;
  const filterClass = { [name]: class extends BaseFilter {} }[name];
  declareRelationshipFilters(filterClass, filters);
  declarePropertyFilters(filterClass, properties);
  InputType(name, { description })(filterClass);
  return filterClass;
}
