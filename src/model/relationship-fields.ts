import type { NodeType } from './node-types.js';
import type { RelationshipType } from './relationship-types.js';

/**
 * Every relationship field of the API, in both directions: which relationship it follows, which
 * way, which node type it reaches, whether it is one node or a page of them, and what it means.
 * This table is the one declaration of a relationship field: the GraphQL field and its resolver
 * (src/entities/relationship-fields.ts), the batched loader's Cypher (src/graph) and the
 * projection of what a selection reads are all derived from it. A field with behaviour beyond
 * following one relationship (`Organisation.contracting(role)`) keeps its own resolver method.
 */
export interface RelationshipField {
  owner: NodeType;
  name: string;
  relationship: RelationshipType;
  direction: 'OUT' | 'IN';
  /** The node type reached, or null when several types can be (the field returns Node). */
  target: NodeType | null;
  /** `one`: the first related node or null (`Organisation.headquarters`); `many`: a paged connection whose edges carry the relationship's properties. */
  cardinality: 'one' | 'many';
  description: string;
}

const field = (
  owner: NodeType,
  name: string,
  relationship: RelationshipType,
  direction: 'OUT' | 'IN',
  target: NodeType | null,
  cardinality: 'one' | 'many',
  description: string,
): RelationshipField => ({ owner, name, relationship, direction, target, cardinality, description });

export const RELATIONSHIP_FIELDS = {
  'Organisation.people': field('Organisation', 'people', 'WORKS_AT', 'IN', 'Actor', 'many', 'People who work at it, with their role and dates (WORKS_AT).'),
  'Organisation.coordinates': field('Organisation', 'coordinates', 'COORDINATES', 'OUT', 'Initiative', 'many', 'Initiatives it coordinates (COORDINATES).'),
  'Organisation.partnerIn': field('Organisation', 'partnerIn', 'PARTNER_IN', 'OUT', 'Initiative', 'many', 'Initiatives it is a partner, funder, implementer or technical supporter in, with its role (PARTNER_IN).'),
  'Organisation.commitments': field('Organisation', 'commitments', 'MADE', 'OUT', 'Commitment', 'many', 'Commitments it made (MADE).'),
  'Organisation.authored': field('Organisation', 'authored', 'AUTHORED', 'OUT', 'Learning', 'many', 'Learnings it wrote down (AUTHORED).'),
  'Organisation.headquarters': field('Organisation', 'headquarters', 'LOCATED_IN', 'OUT', 'Place', 'one', 'Where it is headquartered (LOCATED_IN).'),
  'Organisation.organised': field('Organisation', 'organised', 'ORGANISED', 'OUT', 'Event', 'many', 'Events it organised (ORGANISED).'),
  'Organisation.attended': field('Organisation', 'attended', 'ATTENDED', 'OUT', 'Event', 'many', 'Events it attended (ATTENDED).'),
  'Actor.organisations': field('Actor', 'organisations', 'WORKS_AT', 'OUT', 'Organisation', 'many', 'Organisations the person works at, with role and dates (WORKS_AT).'),
  'Actor.champions': field('Actor', 'champions', 'CHAMPIONS', 'OUT', 'Initiative', 'many', 'Initiatives the person drives (CHAMPIONS).'),
  'Actor.authored': field('Actor', 'authored', 'AUTHORED', 'OUT', 'Learning', 'many', 'Learnings the person wrote down (AUTHORED).'),
  'Actor.attended': field('Actor', 'attended', 'ATTENDED', 'OUT', 'Event', 'many', 'Events the person attended (ATTENDED).'),
  'Initiative.coordinators': field('Initiative', 'coordinators', 'COORDINATES', 'IN', 'Organisation', 'many', 'Organisations that coordinate it (COORDINATES).'),
  'Initiative.partners': field('Initiative', 'partners', 'PARTNER_IN', 'IN', 'Organisation', 'many', 'Partner organisations, with role, since and until (PARTNER_IN).'),
  'Initiative.champions': field('Initiative', 'champions', 'CHAMPIONS', 'IN', 'Actor', 'many', 'People who drive it (CHAMPIONS).'),
  'Initiative.memberOf': field('Initiative', 'memberOf', 'MEMBER_OF', 'OUT', 'Initiative', 'many', 'Networks it is a member of, such as LOCI (MEMBER_OF).'),
  'Initiative.members': field('Initiative', 'members', 'MEMBER_OF', 'IN', 'Initiative', 'many', 'Initiatives that are members of it (MEMBER_OF).'),
  'Initiative.commitments': field('Initiative', 'commitments', 'ADVANCES', 'OUT', 'Commitment', 'many', 'Commitments it implements or supports (ADVANCES).'),
  'Initiative.learnings': field('Initiative', 'learnings', 'LEARNED', 'OUT', 'Learning', 'many', 'What was learned in it (LEARNED).'),
  'Initiative.applied': field('Initiative', 'applied', 'APPLIED', 'OUT', 'Learning', 'many', "Other initiatives' learnings it used (APPLIED)."),
  'Initiative.themes': field('Initiative', 'themes', 'ABOUT', 'OUT', 'Theme', 'many', 'What it is about (ABOUT).'),
  'Initiative.place': field('Initiative', 'place', 'LOCATED_IN', 'OUT', 'Place', 'one', 'Where it works (LOCATED_IN).'),
  'Commitment.madeBy': field('Commitment', 'madeBy', 'MADE', 'IN', 'Organisation', 'many', 'The government bodies that made it (MADE).'),
  'Commitment.advancedBy': field('Commitment', 'advancedBy', 'ADVANCES', 'IN', 'Initiative', 'many', 'Initiatives that implement or support it (ADVANCES).'),
  'Commitment.themes': field('Commitment', 'themes', 'ABOUT', 'OUT', 'Theme', 'many', 'What it is about (ABOUT).'),
  'Learning.initiative': field('Learning', 'initiative', 'LEARNED', 'IN', 'Initiative', 'one', 'The initiative it came out of (LEARNED).'),
  'Learning.appliedBy': field('Learning', 'appliedBy', 'APPLIED', 'IN', 'Initiative', 'many', 'Other initiatives that used it (APPLIED): peer learning that crossed over.'),
  'Learning.authors': field('Learning', 'authors', 'AUTHORED', 'IN', null, 'many', 'Who wrote it down: people or organisations (AUTHORED).'),
  'Learning.themes': field('Learning', 'themes', 'ABOUT', 'OUT', 'Theme', 'many', 'What it is about (ABOUT).'),
  'Learning.presentedAt': field('Learning', 'presentedAt', 'PRESENTED_AT', 'OUT', 'Event', 'many', 'Events where it was shared (PRESENTED_AT).'),
  'Event.organisers': field('Event', 'organisers', 'ORGANISED', 'IN', 'Organisation', 'many', 'Organisations that organised it (ORGANISED).'),
  'Event.attendees': field('Event', 'attendees', 'ATTENDED', 'IN', null, 'many', 'People and organisations that attended it (ATTENDED).'),
  'Event.learnings': field('Event', 'learnings', 'PRESENTED_AT', 'IN', 'Learning', 'many', 'Learnings presented there (PRESENTED_AT).'),
  'Event.place': field('Event', 'place', 'LOCATED_IN', 'OUT', 'Place', 'one', 'Where it was held (LOCATED_IN).'),
  'Place.parent': field('Place', 'parent', 'PART_OF', 'OUT', 'Place', 'one', 'The place it is part of: city in region in country in world region (PART_OF).'),
  'Place.children': field('Place', 'children', 'PART_OF', 'IN', 'Place', 'many', 'Places that are part of it (PART_OF).'),
  'Place.organisations': field('Place', 'organisations', 'LOCATED_IN', 'IN', 'Organisation', 'many', 'Organisations headquartered here (LOCATED_IN).'),
  'Place.initiatives': field('Place', 'initiatives', 'LOCATED_IN', 'IN', 'Initiative', 'many', 'Initiatives working here (LOCATED_IN).'),
  'Place.events': field('Place', 'events', 'LOCATED_IN', 'IN', 'Event', 'many', 'Events held here (LOCATED_IN).'),
  'Theme.initiatives': field('Theme', 'initiatives', 'ABOUT', 'IN', 'Initiative', 'many', 'Initiatives about it (ABOUT).'),
  'Theme.commitments': field('Theme', 'commitments', 'ABOUT', 'IN', 'Commitment', 'many', 'Commitments about it (ABOUT).'),
  'Theme.learnings': field('Theme', 'learnings', 'ABOUT', 'IN', 'Learning', 'many', 'Learnings about it (ABOUT).'),
  'Organisation.buyerOf': field('Organisation', 'buyerOf', 'BUYER_OF', 'OUT', 'ContractingProcess', 'many', 'Contracting processes it buys (BUYER_OF).'),
  'Organisation.procuringEntityOf': field('Organisation', 'procuringEntityOf', 'PROCURING_ENTITY_OF', 'OUT', 'ContractingProcess', 'many', 'Contracting processes it runs as procuring entity (PROCURING_ENTITY_OF).'),
  'Organisation.tenderedFor': field('Organisation', 'tenderedFor', 'TENDERED_FOR', 'OUT', 'ContractingProcess', 'many', 'Contracting processes it tendered for (TENDERED_FOR).'),
  'Organisation.awarded': field('Organisation', 'awarded', 'AWARDED', 'OUT', 'ContractingProcess', 'many', 'Contracting processes it was awarded, each edge with amount, currency and date (AWARDED).'),
  'Organisation.funded': field('Organisation', 'funded', 'FUNDED', 'OUT', 'ContractingProcess', 'many', 'Contracting processes it funded (FUNDED).'),
  'Initiative.contractingProcesses': field('Initiative', 'contractingProcesses', 'PART_OF', 'IN', 'ContractingProcess', 'many', 'Contracting processes published by its portal (PART_OF).'),
  'Place.contractingProcesses': field('Place', 'contractingProcesses', 'LOCATED_IN', 'IN', 'ContractingProcess', 'many', 'Contracting processes located in it (LOCATED_IN).'),
  'ContractingProcess.buyer': field('ContractingProcess', 'buyer', 'BUYER_OF', 'IN', 'Organisation', 'one', 'Its buyer (BUYER_OF).'),
  'ContractingProcess.procuringEntity': field('ContractingProcess', 'procuringEntity', 'PROCURING_ENTITY_OF', 'IN', 'Organisation', 'one', 'The body that runs the procedure (PROCURING_ENTITY_OF).'),
  'ContractingProcess.tenderers': field('ContractingProcess', 'tenderers', 'TENDERED_FOR', 'IN', 'Organisation', 'many', 'Organisations that tendered (TENDERED_FOR).'),
  'ContractingProcess.suppliers': field('ContractingProcess', 'suppliers', 'AWARDED', 'IN', 'Organisation', 'many', 'Suppliers awarded, each edge with awardId, amount, currency, date and status (AWARDED).'),
  'ContractingProcess.funders': field('ContractingProcess', 'funders', 'FUNDED', 'IN', 'Organisation', 'many', 'Its funders (FUNDED).'),
  'ContractingProcess.initiative': field('ContractingProcess', 'initiative', 'PART_OF', 'OUT', 'Initiative', 'one', 'The initiative whose portal published it (PART_OF).'),
  'ContractingProcess.place': field('ContractingProcess', 'place', 'LOCATED_IN', 'OUT', 'Place', 'one', 'Where it takes place (LOCATED_IN).'),
} satisfies Record<string, RelationshipField>;

export type RelationshipFieldName = keyof typeof RELATIONSHIP_FIELDS;

/** The relationship fields of one node type, in declaration order (the order the schema lists them). */
export function relationshipFieldsOf(owner: NodeType, fields: Readonly<Record<string, RelationshipField>> = RELATIONSHIP_FIELDS): RelationshipField[] {
  return Object.values(fields).filter((field) => field.owner === owner);
}
