/**
 * The closed vocabularies of the LOCI model, as the public schema states them (schema/schema.graphql).
 * The explorer uses only the public API, so it keeps its own copy of these short lists; the
 * generated operation types check that every value here is one the API knows.
 */
import type { InitiativeLevel, NodeType, RelationshipType, Sector } from './generated/graphql.js';

export type { InitiativeLevel, NodeType, RelationshipType, Sector };

export const NODE_TYPES: readonly NodeType[] = ['Organisation', 'Actor', 'Initiative', 'Commitment', 'Learning', 'Event', 'Place', 'Theme', 'ContractingProcess'];

export const INITIATIVE_LEVELS: readonly InitiativeLevel[] = ['LOCAL', 'SUBNATIONAL', 'NATIONAL', 'REGIONAL', 'GLOBAL'];

export const SECTORS: readonly Sector[] = ['GOVERNMENT', 'CIVIL_SOCIETY', 'PRIVATE_SECTOR', 'DONOR', 'ACADEMIC', 'MULTILATERAL'];

/** Plural names for legends, filters and result groups. */
export const TYPE_PLURAL: Record<NodeType, string> = {
  Organisation: 'Organisations',
  Actor: 'People',
  Initiative: 'Initiatives',
  Commitment: 'Commitments',
  Learning: 'Learnings',
  Event: 'Events',
  Place: 'Places',
  Theme: 'Themes',
  ContractingProcess: 'Contracting processes',
};

/** Singular names a person reads ("Actor" is the model's word for a person). */
export const TYPE_SINGULAR: Record<NodeType, string> = {
  Organisation: 'Organisation',
  Actor: 'Person',
  Initiative: 'Initiative',
  Commitment: 'Commitment',
  Learning: 'Learning',
  Event: 'Event',
  Place: 'Place',
  Theme: 'Theme',
  ContractingProcess: 'Contracting process',
};

/** How a relationship reads from its start node (out) and from its end node (in). */
export const RELATIONSHIP_WORDS: Record<RelationshipType, { out: string; in: string }> = {
  WORKS_AT: { out: 'Works at', in: 'People' },
  COORDINATES: { out: 'Coordinates', in: 'Coordinated by' },
  PARTNER_IN: { out: 'Partner in', in: 'Partners' },
  CHAMPIONS: { out: 'Champions', in: 'Championed by' },
  MEMBER_OF: { out: 'Member of', in: 'Members' },
  MADE: { out: 'Made', in: 'Made by' },
  ADVANCES: { out: 'Advances', in: 'Advanced by' },
  LEARNED: { out: 'Learned', in: 'Learned in' },
  AUTHORED: { out: 'Authored', in: 'Authors' },
  APPLIED: { out: 'Applied', in: 'Applied by' },
  ABOUT: { out: 'About', in: 'Topic of' },
  LOCATED_IN: { out: 'Located in', in: 'Located here' },
  PART_OF: { out: 'Part of', in: 'Contains' },
  ORGANISED: { out: 'Organised', in: 'Organised by' },
  ATTENDED: { out: 'Attended', in: 'Attended by' },
  PRESENTED_AT: { out: 'Presented at', in: 'Presented here' },
  BUYER_OF: { out: 'Buyer of', in: 'Buyer' },
  PROCURING_ENTITY_OF: { out: 'Procuring entity of', in: 'Procuring entity' },
  TENDERED_FOR: { out: 'Tendered for', in: 'Tenderers' },
  AWARDED: { out: 'Awarded', in: 'Suppliers' },
  FUNDED: { out: 'Funded', in: 'Funders' },
};

/** Words that stay in capitals when an enum value is humanised. */
const ACRONYMS = new Set(['NGO', 'OGP', 'ISO']);

/** "CIVIL_SOCIETY" → "Civil society", "NGO" → "NGO": enum values as a person reads them. */
export function humanise(value: string): string {
  const words = value.split('_').map((w, i) => (ACRONYMS.has(w) ? w : i === 0 ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase()));
  return words.join(' ');
}

/** True when `value` is one of the nine node types (URL parameters are checked with it). */
export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
