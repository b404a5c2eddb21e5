import { registerEnumType } from 'type-graphql';
import {
  COMMITMENT_AMBITIONS,
  COMMITMENT_STATUSES,
  CONTRACTING_ROLES,
  EVENT_KINDS,
  INITIATIVE_LEVELS,
  INITIATIVE_STATUSES,
  LEARNING_KINDS,
  ORGANISATION_KINDS,
  PARTNER_ROLES,
  PLACE_KINDS,
  SECTORS,
} from '../model/enums.js';
import { RELATIONSHIP_TYPES, RELATIONSHIP_SPECS, NODE_TYPES } from '../model/index.js';

/** Turns a model vocabulary list into an object type-graphql can register as a GraphQL enum. */
function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const Sector = enumOf(SECTORS);
export const OrganisationKind = enumOf(ORGANISATION_KINDS);
export const InitiativeLevel = enumOf(INITIATIVE_LEVELS);
export const InitiativeStatus = enumOf(INITIATIVE_STATUSES);
export const CommitmentStatus = enumOf(COMMITMENT_STATUSES);
export const CommitmentAmbition = enumOf(COMMITMENT_AMBITIONS);
export const LearningKind = enumOf(LEARNING_KINDS);
export const EventKind = enumOf(EVENT_KINDS);
export const PlaceKind = enumOf(PLACE_KINDS);
export const PartnerRole = enumOf(PARTNER_ROLES);
export const ContractingRole = enumOf(CONTRACTING_ROLES);
export const NodeTypeEnum = enumOf(NODE_TYPES);
export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPES);
export const SortDirection = enumOf(['ASC', 'DESC'] as const);

registerEnumType(Sector, { name: 'Sector', description: 'The sector an organisation or person belongs to.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });
registerEnumType(InitiativeLevel, { name: 'InitiativeLevel', description: 'The level of government an initiative works at.' });
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Whether an initiative is planned, running or over.' });
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus', description: "A commitment's completion, on OGP's scale." });
registerEnumType(CommitmentAmbition, { name: 'CommitmentAmbition', description: "A commitment's potential impact, on the OGP IRM scale." });
registerEnumType(LearningKind, { name: 'LearningKind', description: 'What kind of thing was learned.' });
registerEnumType(EventKind, { name: 'EventKind', description: 'What kind of gathering an event is.' });
registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'What kind of place: from world region down to municipality.' });
registerEnumType(PartnerRole, { name: 'PartnerRole', description: 'The part an organisation plays in an initiative it is PARTNER_IN.' });
registerEnumType(ContractingRole, { name: 'ContractingRole', description: 'The OCDS party role of an organisation in a contracting process.' });
registerEnumType(NodeTypeEnum, { name: 'NodeType', description: 'The node types of the LOCI graph: the eight of the network and ContractingProcess.' });
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'The relationships of the LOCI graph.',
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { description: RELATIONSHIP_SPECS[t].description }])),
});
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });
