import type { NodeType } from './node-types.js';

/** Properties a relationship may carry besides `sources` (and `datasetIds`, on imported ones). */
export type RelationshipProperty = 'role' | 'since' | 'until' | 'awardId' | 'amount' | 'currency' | 'date' | 'status';

export interface RelationshipSpec {
  /** Node types allowed at the start of the relationship. */
  from: readonly NodeType[];
  /** Node types allowed at its end. */
  to: readonly NodeType[];
  /** Properties it may carry besides `sources`. */
  properties: readonly RelationshipProperty[];
  /** When true, `role` must be one of PARTNER_ROLES. */
  roleIsPartnerRole?: boolean;
  /**
   * A hierarchy (city in region in country; initiative in a network): `connect` refuses a cycle,
   * and traversals follow at most HIERARCHY_MAX_HOPS of it.
   */
  acyclic?: boolean;
  description: string;
}

/**
 * How many hops of an acyclic relationship a traversal follows at most (city < county < region <
 * country < world region, with room to spare). A bound, so a cycle that got in before the rule
 * (or through the importer) cannot make a traversal run on.
 */
export const HIERARCHY_MAX_HOPS = 6;

/**
 * The relationships of the model (DOMAIN.md). This table is the whitelist: relationship types
 * cannot be Cypher parameters, so every Cypher string that names one takes it from here, never
 * from a request.
 */
export const RELATIONSHIP_SPECS = {
  WORKS_AT: { from: ['Actor'], to: ['Organisation'], properties: ['role', 'since', 'until'], description: 'A person works at an organisation.' },
  COORDINATES: { from: ['Organisation'], to: ['Initiative'], properties: ['since', 'until'], description: 'An organisation coordinates an initiative (Hivos coordinates LOCI).' },
  PARTNER_IN: { from: ['Organisation'], to: ['Initiative'], properties: ['role', 'since', 'until'], roleIsPartnerRole: true, description: 'An organisation is a partner, funder, implementer or technical supporter of an initiative.' },
  CHAMPIONS: { from: ['Actor'], to: ['Initiative'], properties: ['role', 'since', 'until'], description: 'A person who drives an initiative.' },
  MEMBER_OF: { from: ['Initiative'], to: ['Initiative'], properties: ['since', 'until'], acyclic: true, description: 'A local initiative is a member of a network initiative such as LOCI.' },
  MADE: { from: ['Organisation'], to: ['Commitment'], properties: [], description: 'The government body that made a commitment.' },
  ADVANCES: { from: ['Initiative'], to: ['Commitment'], properties: [], description: 'An initiative implements or supports a commitment.' },
  LEARNED: { from: ['Initiative'], to: ['Learning'], properties: [], description: 'The learning came out of this initiative.' },
  AUTHORED: { from: ['Actor', 'Organisation'], to: ['Learning'], properties: [], description: 'Who wrote a learning down.' },
  APPLIED: { from: ['Initiative'], to: ['Learning'], properties: ['since'], description: 'Peer learning that crossed over: another initiative used the learning.' },
  ABOUT: { from: ['Initiative', 'Commitment', 'Learning'], to: ['Theme'], properties: [], description: 'The topic of an initiative, commitment or learning.' },
  LOCATED_IN: { from: ['Organisation', 'Initiative', 'Event', 'ContractingProcess'], to: ['Place'], properties: [], description: 'Where an organisation (its headquarters), initiative, event or contracting process is.' },
  PART_OF: { from: ['Place', 'ContractingProcess'], to: ['Place', 'Initiative'], properties: [], acyclic: true, description: 'A city in a region in a country in a world region; a contracting process in the initiative whose portal published it.' },
  ORGANISED: { from: ['Organisation'], to: ['Event'], properties: [], description: 'An organisation organised an event.' },
  ATTENDED: { from: ['Actor', 'Organisation'], to: ['Event'], properties: ['role'], description: 'A person or organisation attended an event.' },
  PRESENTED_AT: { from: ['Learning'], to: ['Event'], properties: [], description: 'A learning was shared and showcased at an event.' },
  BUYER_OF: { from: ['Organisation'], to: ['ContractingProcess'], properties: [], description: 'The buyer of a contracting process (OCDS party role `buyer`).' },
  PROCURING_ENTITY_OF: { from: ['Organisation'], to: ['ContractingProcess'], properties: [], description: 'The body that runs the procedure (OCDS `procuringEntity`).' },
  TENDERED_FOR: { from: ['Organisation'], to: ['ContractingProcess'], properties: [], description: 'An organisation that submitted a tender (OCDS `tenderer`).' },
  AWARDED: {
    from: ['Organisation'],
    to: ['ContractingProcess'],
    properties: ['awardId', 'amount', 'currency', 'date', 'status'],
    description: 'A supplier awarded in a contracting process (OCDS `supplier`): one relationship per supplier and process, its amount the sum of its awards there in one currency.',
  },
  FUNDED: { from: ['Organisation'], to: ['ContractingProcess'], properties: [], description: 'A funder of a contracting process (OCDS `funder`).' },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_SPECS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_SPECS) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_SPECS, value);
}

/**
 * PART_OF joins places to places and processes to initiatives, never across (a place is not part
 * of an initiative): the one relationship whose allowed pairs are not every from × to.
 */
const PAIRED_ENDS: Partial<Record<RelationshipType, (from: NodeType, to: NodeType) => boolean>> = {
  PART_OF: (from, to) => (from === 'Place' ? to === 'Place' : to === 'Initiative'),
};

/** Whether `type` may join a `fromType` node to a `toType` node. */
export function allowsRelationship(type: RelationshipType, fromType: NodeType, toType: NodeType): boolean {
  const spec: RelationshipSpec = RELATIONSHIP_SPECS[type];
  return spec.from.includes(fromType) && spec.to.includes(toType) && (PAIRED_ENDS[type]?.(fromType, toType) ?? true);
}

/** Whether `type` is a hierarchy that must stay free of cycles (RelationshipSpec.acyclic). */
export function isAcyclic(type: RelationshipType): boolean {
  return (RELATIONSHIP_SPECS[type] as RelationshipSpec).acyclic === true;
}
