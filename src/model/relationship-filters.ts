import type { NodeType } from './node-types.js';
import type { RelationshipFieldName } from './relationship-fields.js';

/**
 * A list filter that follows a relationship (`initiatives(filter: { theme: [...] })`): the one
 * declaration from which its filter input field (src/graphql/filters.ts) and its Cypher condition
 * (src/graph/filter.cypher.ts) are derived. It follows relationship fields of the model, so the
 * relationship type, its direction and the label reached are the model's.
 */
export interface RelationshipFilter {
  /** The relationship fields it follows; several (of one direction and target) match through any of them. */
  fields: readonly string[];
  /**
   * `one`: related to the node with this id; `any`: to any of these ids; `within`: to this place
   * or a place inside it (following PART_OF up from the related place); `transitive`: reached by
   * following the relationship one to HIERARCHY_MAX_HOPS times (a place inside another).
   */
  match: 'one' | 'any' | 'within' | 'transitive';
  description: string;
}

export type RelationshipFilters = Readonly<Record<string, RelationshipFilter>>;

const filter = (match: RelationshipFilter['match'], fields: readonly RelationshipFieldName[], description: string): RelationshipFilter => ({ fields, match, description });

const IN_PLACE = 'Located in this place or any place inside it.';
const ABOUT_THEMES = 'About any of these themes.';

/**
 * Each node type's filters on relationships, in the order its filter input lists them (before its
 * property filters, node-properties.ts `filter`). A type without any needs no entry.
 */
export const RELATIONSHIP_FILTERS: Partial<Record<NodeType, RelationshipFilters>> = {
  Organisation: { place: filter('within', ['Organisation.headquarters'], 'Headquartered in this place or any place inside it.') },
  Actor: { organisation: filter('one', ['Actor.organisations'], 'Works at this organisation.') },
  Initiative: {
    place: filter('within', ['Initiative.place'], IN_PLACE),
    theme: filter('any', ['Initiative.themes'], ABOUT_THEMES),
    memberOf: filter('one', ['Initiative.memberOf'], 'Member of this network initiative (e.g. "loci").'),
    organisation: filter('one', ['Initiative.coordinators', 'Initiative.partners'], 'This organisation coordinates it or is a partner in it.'),
  },
  Commitment: {
    theme: filter('any', ['Commitment.themes'], ABOUT_THEMES),
    madeBy: filter('one', ['Commitment.madeBy'], 'Made by this organisation.'),
  },
  Learning: { theme: filter('any', ['Learning.themes'], ABOUT_THEMES) },
  Event: { place: filter('within', ['Event.place'], 'Held in this place or any place inside it.') },
  Place: { within: filter('transitive', ['Place.parent'], 'Inside this place, at any depth.') },
  ContractingProcess: {
    buyer: filter('one', ['ContractingProcess.buyer'], 'Bought by this organisation (BUYER_OF).'),
    supplier: filter('one', ['ContractingProcess.suppliers'], 'Awarded to this organisation (AWARDED).'),
    initiative: filter('one', ['ContractingProcess.initiative'], 'Part of this initiative (PART_OF).'),
    place: filter('within', ['ContractingProcess.place'], IN_PLACE),
  },
};
