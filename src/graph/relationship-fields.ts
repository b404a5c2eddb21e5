import type { NodeType, RelationshipType } from '../model/index.js';

/**
 * Every relationship field of the API, in both directions: which relationship it follows, which
 * way, and which node type it reaches. Resolvers name a field from this table; the batched
 * loader turns it into Cypher, taking the relationship type and labels only from here.
 */
export interface RelationshipField {
  owner: NodeType;
  name: string;
  relationship: RelationshipType;
  direction: 'OUT' | 'IN';
  /** The node type reached, or null when several types can be (the field returns Node). */
  target: NodeType | null;
}

const f = (owner: NodeType, name: string, relationship: RelationshipType, direction: 'OUT' | 'IN', target: NodeType | null): RelationshipField => ({
  owner,
  name,
  relationship,
  direction,
  target,
});

export const RELATIONSHIP_FIELDS = {
  'Organisation.people': f('Organisation', 'people', 'WORKS_AT', 'IN', 'Actor'),
  'Organisation.coordinates': f('Organisation', 'coordinates', 'COORDINATES', 'OUT', 'Initiative'),
  'Organisation.partnerIn': f('Organisation', 'partnerIn', 'PARTNER_IN', 'OUT', 'Initiative'),
  'Organisation.commitments': f('Organisation', 'commitments', 'MADE', 'OUT', 'Commitment'),
  'Organisation.authored': f('Organisation', 'authored', 'AUTHORED', 'OUT', 'Learning'),
  'Organisation.headquarters': f('Organisation', 'headquarters', 'LOCATED_IN', 'OUT', 'Place'),
  'Organisation.organised': f('Organisation', 'organised', 'ORGANISED', 'OUT', 'Event'),
  'Organisation.attended': f('Organisation', 'attended', 'ATTENDED', 'OUT', 'Event'),
  'Actor.organisations': f('Actor', 'organisations', 'WORKS_AT', 'OUT', 'Organisation'),
  'Actor.champions': f('Actor', 'champions', 'CHAMPIONS', 'OUT', 'Initiative'),
  'Actor.authored': f('Actor', 'authored', 'AUTHORED', 'OUT', 'Learning'),
  'Actor.attended': f('Actor', 'attended', 'ATTENDED', 'OUT', 'Event'),
  'Initiative.coordinators': f('Initiative', 'coordinators', 'COORDINATES', 'IN', 'Organisation'),
  'Initiative.partners': f('Initiative', 'partners', 'PARTNER_IN', 'IN', 'Organisation'),
  'Initiative.champions': f('Initiative', 'champions', 'CHAMPIONS', 'IN', 'Actor'),
  'Initiative.memberOf': f('Initiative', 'memberOf', 'MEMBER_OF', 'OUT', 'Initiative'),
  'Initiative.members': f('Initiative', 'members', 'MEMBER_OF', 'IN', 'Initiative'),
  'Initiative.commitments': f('Initiative', 'commitments', 'ADVANCES', 'OUT', 'Commitment'),
  'Initiative.learnings': f('Initiative', 'learnings', 'LEARNED', 'OUT', 'Learning'),
  'Initiative.applied': f('Initiative', 'applied', 'APPLIED', 'OUT', 'Learning'),
  'Initiative.themes': f('Initiative', 'themes', 'ABOUT', 'OUT', 'Theme'),
  'Initiative.place': f('Initiative', 'place', 'LOCATED_IN', 'OUT', 'Place'),
  'Commitment.madeBy': f('Commitment', 'madeBy', 'MADE', 'IN', 'Organisation'),
  'Commitment.advancedBy': f('Commitment', 'advancedBy', 'ADVANCES', 'IN', 'Initiative'),
  'Commitment.themes': f('Commitment', 'themes', 'ABOUT', 'OUT', 'Theme'),
  'Learning.initiative': f('Learning', 'initiative', 'LEARNED', 'IN', 'Initiative'),
  'Learning.appliedBy': f('Learning', 'appliedBy', 'APPLIED', 'IN', 'Initiative'),
  'Learning.authors': f('Learning', 'authors', 'AUTHORED', 'IN', null),
  'Learning.themes': f('Learning', 'themes', 'ABOUT', 'OUT', 'Theme'),
  'Learning.presentedAt': f('Learning', 'presentedAt', 'PRESENTED_AT', 'OUT', 'Event'),
  'Event.organisers': f('Event', 'organisers', 'ORGANISED', 'IN', 'Organisation'),
  'Event.attendees': f('Event', 'attendees', 'ATTENDED', 'IN', null),
  'Event.learnings': f('Event', 'learnings', 'PRESENTED_AT', 'IN', 'Learning'),
  'Event.place': f('Event', 'place', 'LOCATED_IN', 'OUT', 'Place'),
  'Place.parent': f('Place', 'parent', 'PART_OF', 'OUT', 'Place'),
  'Place.children': f('Place', 'children', 'PART_OF', 'IN', 'Place'),
  'Place.organisations': f('Place', 'organisations', 'LOCATED_IN', 'IN', 'Organisation'),
  'Place.initiatives': f('Place', 'initiatives', 'LOCATED_IN', 'IN', 'Initiative'),
  'Place.events': f('Place', 'events', 'LOCATED_IN', 'IN', 'Event'),
  'Theme.initiatives': f('Theme', 'initiatives', 'ABOUT', 'IN', 'Initiative'),
  'Theme.commitments': f('Theme', 'commitments', 'ABOUT', 'IN', 'Commitment'),
  'Theme.learnings': f('Theme', 'learnings', 'ABOUT', 'IN', 'Learning'),
  'Organisation.buyerOf': f('Organisation', 'buyerOf', 'BUYER_OF', 'OUT', 'ContractingProcess'),
  'Organisation.procuringEntityOf': f('Organisation', 'procuringEntityOf', 'PROCURING_ENTITY_OF', 'OUT', 'ContractingProcess'),
  'Organisation.tenderedFor': f('Organisation', 'tenderedFor', 'TENDERED_FOR', 'OUT', 'ContractingProcess'),
  'Organisation.awarded': f('Organisation', 'awarded', 'AWARDED', 'OUT', 'ContractingProcess'),
  'Organisation.funded': f('Organisation', 'funded', 'FUNDED', 'OUT', 'ContractingProcess'),
  'Initiative.contractingProcesses': f('Initiative', 'contractingProcesses', 'PART_OF', 'IN', 'ContractingProcess'),
  'Place.contractingProcesses': f('Place', 'contractingProcesses', 'LOCATED_IN', 'IN', 'ContractingProcess'),
  'ContractingProcess.buyer': f('ContractingProcess', 'buyer', 'BUYER_OF', 'IN', 'Organisation'),
  'ContractingProcess.procuringEntity': f('ContractingProcess', 'procuringEntity', 'PROCURING_ENTITY_OF', 'IN', 'Organisation'),
  'ContractingProcess.tenderers': f('ContractingProcess', 'tenderers', 'TENDERED_FOR', 'IN', 'Organisation'),
  'ContractingProcess.suppliers': f('ContractingProcess', 'suppliers', 'AWARDED', 'IN', 'Organisation'),
  'ContractingProcess.funders': f('ContractingProcess', 'funders', 'FUNDED', 'IN', 'Organisation'),
  'ContractingProcess.initiative': f('ContractingProcess', 'initiative', 'PART_OF', 'OUT', 'Initiative'),
  'ContractingProcess.place': f('ContractingProcess', 'place', 'LOCATED_IN', 'OUT', 'Place'),
} satisfies Record<string, RelationshipField>;

export type RelationshipFieldName = keyof typeof RELATIONSHIP_FIELDS;

/** The Cypher pattern of a field from `(n)` to `(m)`, with `r` the relationship (other variable names may be given). */
export function fieldPattern(field: RelationshipField, targetLabel: string, n = 'n', r = 'r', m = 'm'): string {
  const rel = `[${r}:${field.relationship}]`;
  return field.direction === 'OUT' ? `(${n})-${rel}->(${m}:${targetLabel})` : `(${n})<-${rel}-(${m}:${targetLabel})`;
}
