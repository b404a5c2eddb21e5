/**
 * The closed vocabularies of the LOCI model (../shared/DOMAIN.md). Each list is the single source
 * for the GraphQL enums, the seed validator and the mutation validator, so they cannot drift.
 */
export const SECTORS = ['GOVERNMENT', 'CIVIL_SOCIETY', 'PRIVATE_SECTOR', 'DONOR', 'ACADEMIC', 'MULTILATERAL'] as const;
export const ORGANISATION_KINDS = ['GOVERNMENT', 'NGO', 'NETWORK', 'FUNDER', 'COMPANY', 'UNIVERSITY', 'MULTILATERAL', 'OTHER'] as const;
export const INITIATIVE_LEVELS = ['LOCAL', 'SUBNATIONAL', 'NATIONAL', 'REGIONAL', 'GLOBAL'] as const;
export const INITIATIVE_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'DISCONTINUED', 'UNKNOWN'] as const;
/** OGP's completion levels, plus WITHDRAWN and UNKNOWN. */
export const COMMITMENT_STATUSES = ['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE', 'WITHDRAWN', 'UNKNOWN'] as const;
/** OGP IRM "potential impact" scale. */
export const COMMITMENT_AMBITIONS = ['NONE', 'MINOR', 'MODERATE', 'TRANSFORMATIVE'] as const;
export const LEARNING_KINDS = ['SUCCESS', 'CHALLENGE', 'FAILURE', 'PRACTICE', 'GUIDANCE', 'EVIDENCE'] as const;
export const EVENT_KINDS = ['MEETING', 'SUMMIT', 'WORKSHOP', 'TRAINING', 'WEBINAR', 'CONFERENCE'] as const;
export const PLACE_KINDS = ['WORLD_REGION', 'COUNTRY', 'REGION', 'COUNTY', 'CITY', 'MUNICIPALITY'] as const;
export const PARTNER_ROLES = ['PARTNER', 'FUNDER', 'IMPLEMENTER', 'TECHNICAL_SUPPORT'] as const;
/** The OCDS party roles that join an organisation to a contracting process (one relationship each). */
export const CONTRACTING_ROLES = ['BUYER', 'PROCURING_ENTITY', 'TENDERER', 'SUPPLIER', 'FUNDER'] as const;

export type Sector = (typeof SECTORS)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type CommitmentAmbition = (typeof COMMITMENT_AMBITIONS)[number];
export type LearningKind = (typeof LEARNING_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type ContractingRole = (typeof CONTRACTING_ROLES)[number];
