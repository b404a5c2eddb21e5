import * as E from '../../src/model/enums.js';
import { NODE_TYPES, type NodeType } from '../../src/model/index.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../../src/model/index.js';

/**
 * @neo4j/graphql type definitions for LOCI Graph's model, as close as that library allows:
 * the same eight node types and fields, every relationship field of LOCI's API (generated from
 * its RELATIONSHIP_FIELDS table, so the two cannot drift), relationship properties through one
 * `@relationshipProperties` type, a `@fulltext` query over LOCI's own `entity_text` index, and
 * `@key(fields: "id")` on every type so `getSubgraphSchema()` serves `_entities`.
 *
 * What the library cannot match: partial dates ("2019-05") are Strings (its Date type wants
 * whole days); `identifiers` stays the JSON string LOCI stores; 1:1 fields (`headquarters`,
 * `place`, `parent`) are lists, since v6 dropped 1:1 relationships; fields that reach several
 * types (`Learning.authors`, `Event.attendees`) are unions; LOCI's computed `label` is left out.
 */

/** Scalar fields per node type, from src/model/records.ts; `id`, `sources`... are added to each. */
const SCALARS: Record<NodeType, string> = {
  Organisation: 'name: String! acronym: String kind: OrganisationKind! sector: Sector! description: String website: String identifiers: String',
  Actor: 'name: String! title: String sector: Sector bio: String email: String public: Boolean',
  Initiative:
    'title: String! summary: String level: InitiativeLevel! status: InitiativeStatus startDate: String endDate: String website: String contactEmail: String activities: [String!]',
  Commitment:
    'title: String! description: String actionPlan: String reference: String status: CommitmentStatus ambition: CommitmentAmbition startDate: String endDate: String',
  Learning: 'title: String! kind: LearningKind! summary: String body: String date: String language: String',
  Event: 'name: String! kind: EventKind! startDate: String! endDate: String description: String website: String',
  Place: 'name: String! kind: PlaceKind! isoCode: String globalSouth: Boolean',
  Theme: 'name: String! description: String',
  ContractingProcess:
    'ocid: String! title: String! description: String status: String procurementMethod: String mainProcurementCategory: String tenderStartDate: String tenderEndDate: String awardedAmount: Float awardedCurrency: String date: String',
};

const COMMON = 'id: ID! sources: [String!]! uncertain: Boolean synthetic: Boolean createdAt: DateTime updatedAt: DateTime';

/** The fields LOCI's `search` reads for each type (the `entity_text` index covers them all). */
const FULLTEXT_FIELDS: Partial<Record<NodeType, string[]>> = {
  Initiative: ['title', 'summary'],
  Organisation: ['name', 'acronym', 'description'],
};

/** Union names for relationship fields that reach more than one node type. */
const UNIONS: Record<string, string> = { 'Learning.authors': 'LearningAuthor', 'Event.attendees': 'EventAttendee' };

const ENUMS = {
  Sector: E.SECTORS,
  OrganisationKind: E.ORGANISATION_KINDS,
  InitiativeLevel: E.INITIATIVE_LEVELS,
  InitiativeStatus: E.INITIATIVE_STATUSES,
  CommitmentStatus: E.COMMITMENT_STATUSES,
  CommitmentAmbition: E.COMMITMENT_AMBITIONS,
  LearningKind: E.LEARNING_KINDS,
  EventKind: E.EVENT_KINDS,
  PlaceKind: E.PLACE_KINDS,
};

function relationshipField(key: string, field: RelationshipField): string {
  const target = field.target ?? UNIONS[key];
  return `${field.name}: [${target}!]! @relationship(type: "${field.relationship}", direction: ${field.direction}, properties: "RelationshipFacts")`;
}

function fulltextDirective(type: NodeType): string {
  const fields = FULLTEXT_FIELDS[type];
  if (!fields) return '';
  const queryName = `${type.toLowerCase()}sFulltext`;
  return ` @fulltext(indexes: [{ indexName: "entity_text", queryName: "${queryName}", fields: ${JSON.stringify(fields)} }])`;
}

function nodeType(type: NodeType): string {
  const relations = Object.entries(RELATIONSHIP_FIELDS)
    .filter(([, f]) => f.owner === type)
    .map(([key, f]) => `  ${relationshipField(key, f)}`);
  return `type ${type} @node @key(fields: "id")${fulltextDirective(type)} {\n  ${COMMON}\n  ${SCALARS[type]}\n${relations.join('\n')}\n}`;
}

/** The whole type definitions, Federation 2 link included. */
export function createTypeDefs(): string {
  return [
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])',
    ...Object.entries(ENUMS).map(([name, values]) => `enum ${name} { ${values.join(' ')} }`),
    'type RelationshipFacts @relationshipProperties { role: String since: String until: String sources: [String!] }',
    'union LearningAuthor = Actor | Organisation',
    'union EventAttendee = Actor | Organisation',
    ...NODE_TYPES.map(nodeType),
  ].join('\n\n');
}
