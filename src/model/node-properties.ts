import { z } from 'zod';
import { COMMITMENT_AMBITIONS, COMMITMENT_STATUSES, EVENT_KINDS, INITIATIVE_LEVELS, INITIATIVE_STATUSES, LEARNING_KINDS, ORGANISATION_KINDS, PLACE_KINDS, SECTORS } from './enums.js';
import type { NodeType } from './node-types.js';
import { address, currency, email, identifier, name, partialDateSchema, text, url, ISO_3166_PATTERN } from './checks.js';

/**
 * The GraphQL type of a property, by name: a scalar (`String`, `Boolean`, `Float`, `Date`), an
 * enum of src/graphql/enums.ts (`Sector`), or a structured type (`Identifier`, `Address`). The
 * model names it; src/entities maps the name to the type-graphql type.
 */
export type PropertyGraphQLType = string;

/**
 * One stored property of a node type: the one declaration from which its GraphQL field, its
 * Create/Update input fields, the record check of the seed importer and the mutations, and the
 * projection whitelist are derived.
 */
export interface PropertySpec {
  graphql: PropertyGraphQLType;
  /** A list of `graphql` values. */
  list?: boolean;
  /** What a value must be (zod), without `.optional()`: `required` decides that. */
  check: z.ZodType;
  /** Every record has it (non-null in GraphQL, required on create). */
  required?: boolean;
  /** False for properties only an importer writes (they are in no mutation input). Default true. */
  writable?: boolean;
  description: string;
  /** The wording of its input fields, when it says something the served field's description does not (or says it shorter). */
  inputDescription?: string;
  /** How a list's filter input filters on it (PropertyFilter); none when absent. */
  filter?: PropertyFilter;
}

/**
 * A list filter on a stored property: `any` takes a list and matches any of its values, `equals`
 * one value, `range` a DateRange (inclusive, either end open). The filter field is named as the
 * property unless `as` says otherwise.
 */
export interface PropertyFilter {
  kind: 'any' | 'equals' | 'range';
  description: string;
  as?: string;
}

export type PropertySpecs = Readonly<Record<string, PropertySpec>>;

/** Every node type's own stored properties, in the order the schema lists them (the common ones, id and sources..., are in records.ts). */
export const NODE_PROPERTIES = {
  Organisation: {
    name: { graphql: 'String', check: name, required: true, description: 'Full name, e.g. "Africa Freedom of Information Centre".', inputDescription: 'Full name.' },
    acronym: { graphql: 'String', check: name, description: 'Short name, e.g. "AFIC".', inputDescription: 'Short name.' },
    kind: { graphql: 'OrganisationKind', check: z.enum(ORGANISATION_KINDS), required: true, description: 'What kind of body it is.', filter: { kind: 'any', description: 'Any of these kinds.' } },
    sector: { graphql: 'Sector', check: z.enum(SECTORS), required: true, description: 'The sector it belongs to.', filter: { kind: 'any', description: 'Any of these sectors.' } },
    description: { graphql: 'String', check: text, description: 'What it does (Markdown).' },
    website: { graphql: 'String', check: url, description: 'Its website address.', inputDescription: 'Website address (http or https).' },
    identifiers: { graphql: 'Identifier', list: true, check: z.array(identifier), description: 'Its identifiers in public registers.', inputDescription: 'Identifiers in public registers.' },
    addresses: { graphql: 'Address', list: true, check: z.array(address), writable: false, description: 'Its postal addresses, from imported contracting data.' },
  },
  Actor: {
    name: { graphql: 'String', check: name, required: true, description: 'Full name.' },
    title: { graphql: 'String', check: name, description: 'Job title, e.g. "Program Manager".', inputDescription: 'Job title.' },
    sector: { graphql: 'Sector', check: z.enum(SECTORS), description: 'The sector the person works in.', inputDescription: 'Sector the person works in.', filter: { kind: 'any', description: 'Any of these sectors.' } },
    bio: { graphql: 'String', check: text, description: 'Short biography (Markdown).' },
    email: { graphql: 'String', check: email, description: 'Contact email: shown only when the person made their record public, to admins, and to editors of the organisation that owns the record (it created it, or the person WORKS_AT it); null otherwise.', inputDescription: 'Contact email.' },
    public: { graphql: 'Boolean', check: z.boolean(), description: "Whether the person's contact details may be shown to everyone.", inputDescription: 'Whether contact details may be shown to everyone.' },
  },
  Initiative: {
    title: { graphql: 'String', check: name, required: true, description: 'Title, e.g. "Local Open Contracting Initiative (LOCI)".', inputDescription: 'Title.' },
    summary: { graphql: 'String', check: text, description: 'What it is and does (Markdown).' },
    level: { graphql: 'InitiativeLevel', check: z.enum(INITIATIVE_LEVELS), required: true, description: 'The level of government it works at.', inputDescription: 'Level of government it works at.', filter: { kind: 'any', description: 'Any of these levels.' } },
    status: { graphql: 'InitiativeStatus', check: z.enum(INITIATIVE_STATUSES), description: 'Planned, active or over.', filter: { kind: 'any', description: 'Any of these statuses.' } },
    startDate: { graphql: 'Date', check: partialDateSchema, description: 'When it started.', filter: { kind: 'range', description: 'Started within this range.' } },
    endDate: { graphql: 'Date', check: partialDateSchema, description: 'When it ended.' },
    website: { graphql: 'String', check: url, description: 'Its website address.', inputDescription: 'Website address.' },
    contactEmail: { graphql: 'String', check: email, description: 'Public contact address of the initiative.', inputDescription: 'Public contact address.' },
    activities: { graphql: 'String', list: true, check: z.array(text), description: 'Its main activities, in its own words.', inputDescription: 'Main activities.' },
  },
  Commitment: {
    title: { graphql: 'String', check: name, required: true, description: 'Title of the commitment.', inputDescription: 'Title.' },
    description: { graphql: 'String', check: text, description: 'What was pledged (Markdown).' },
    actionPlan: { graphql: 'String', check: name, description: 'The action plan it belongs to.' },
    reference: { graphql: 'String', check: name, description: "The plan's own id for it, e.g. KAD0002.", inputDescription: "The plan's own id, e.g. KAD0002." },
    status: { graphql: 'CommitmentStatus', check: z.enum(COMMITMENT_STATUSES), description: "Completion, on OGP's scale.", inputDescription: 'Completion.', filter: { kind: 'any', description: 'Any of these statuses.' } },
    ambition: { graphql: 'CommitmentAmbition', check: z.enum(COMMITMENT_AMBITIONS), description: 'Potential impact, on the OGP IRM scale.', inputDescription: 'Potential impact.', filter: { kind: 'any', description: 'Any of these ambitions.' } },
    startDate: { graphql: 'Date', check: partialDateSchema, description: 'When implementation starts.', inputDescription: 'Start.', filter: { kind: 'range', description: 'Starting within this range.' } },
    endDate: { graphql: 'Date', check: partialDateSchema, description: 'When implementation ends.', inputDescription: 'End.' },
  },
  Learning: {
    title: { graphql: 'String', check: name, required: true, description: 'Title of the learning.', inputDescription: 'Title.' },
    kind: { graphql: 'LearningKind', check: z.enum(LEARNING_KINDS), required: true, description: 'What kind of learning it is.', inputDescription: 'What kind of learning.', filter: { kind: 'any', description: 'Any of these kinds.' } },
    summary: { graphql: 'String', check: text, description: 'The learning in a few sentences.', inputDescription: 'In a few sentences.' },
    body: { graphql: 'String', check: text, description: 'The full text (Markdown).', inputDescription: 'Full text (Markdown).' },
    date: { graphql: 'Date', check: partialDateSchema, description: 'When it was written down or published.', inputDescription: 'When written or published.', filter: { kind: 'range', description: 'Dated within this range.' } },
    language: { graphql: 'String', check: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"'), description: 'Language of the text, ISO 639-1 (e.g. "en").', inputDescription: 'ISO 639-1 code.', filter: { kind: 'equals', description: 'In this language (ISO 639-1).' } },
  },
  Event: {
    name: { graphql: 'String', check: name, required: true, description: 'Name of the event.', inputDescription: 'Name.' },
    kind: { graphql: 'EventKind', check: z.enum(EVENT_KINDS), required: true, description: 'What kind of gathering it is.', inputDescription: 'What kind of gathering.', filter: { kind: 'any', description: 'Any of these kinds.' } },
    startDate: { graphql: 'Date', check: partialDateSchema, required: true, description: 'First day.', filter: { kind: 'range', description: 'Starting within this range.' } },
    endDate: { graphql: 'Date', check: partialDateSchema, description: 'Last day.' },
    description: { graphql: 'String', check: text, description: 'What happened there (Markdown).', inputDescription: 'What happened (Markdown).' },
    website: { graphql: 'String', check: url, description: 'Its web page.', inputDescription: 'Web page.' },
  },
  Place: {
    name: { graphql: 'String', check: name, required: true, description: 'Name of the place.', inputDescription: 'Name.' },
    kind: { graphql: 'PlaceKind', check: z.enum(PLACE_KINDS), required: true, description: 'What kind of place it is.', inputDescription: 'What kind of place.', filter: { kind: 'any', description: 'Any of these kinds.' } },
    isoCode: { graphql: 'String', check: z.string().regex(ISO_3166_PATTERN, 'must be an ISO 3166-1 alpha-2 code such as "GE" or an ISO 3166-2 code such as "KE-17"'), description: 'ISO 3166-1 alpha-2 code of a country ("KE"), or ISO 3166-2 code of a region, state or county ("KE-17", "MX-CMX").', inputDescription: 'ISO 3166-1 alpha-2 code (countries) or ISO 3166-2 code (regions, states, counties).' },
    globalSouth: { graphql: 'Boolean', check: z.boolean(), description: 'Whether it belongs to the global south, where known.', inputDescription: 'In the global south, where known.', filter: { kind: 'equals', description: 'In the global south (true) or north (false).' } },
    latitude: { graphql: 'Float', check: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'), description: 'Latitude in decimal degrees (WGS 84), -90 to 90, from the cited gazetteer.', inputDescription: 'Latitude in decimal degrees, -90 to 90.' },
    longitude: { graphql: 'Float', check: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'), description: 'Longitude in decimal degrees (WGS 84), -180 to 180, from the cited gazetteer.', inputDescription: 'Longitude in decimal degrees, -180 to 180.' },
  },
  Theme: {
    name: { graphql: 'String', check: name, required: true, description: 'Name of the theme.', inputDescription: 'Name.' },
    description: { graphql: 'String', check: text, description: 'What the theme covers.', inputDescription: 'What it covers.' },
  },
  ContractingProcess: {
    ocid: { graphql: 'String', check: name, required: true, writable: false, description: 'The OCDS open contracting id, as the publisher gave it.' },
    title: { graphql: 'String', check: name, required: true, writable: false, description: 'The tender title (the ocid when the publisher gave none).' },
    description: { graphql: 'String', check: text, writable: false, description: 'The tender description.' },
    status: { graphql: 'String', check: name, writable: false, description: 'The tender status (OCDS codelist: planned, active, complete, cancelled, ...).' },
    procurementMethod: { graphql: 'String', check: name, writable: false, description: 'The procurement method (OCDS codelist: open, selective, limited, direct).', filter: { kind: 'any', as: 'method', description: 'Any of these OCDS procurement methods: open, selective, limited, direct.' } },
    mainProcurementCategory: { graphql: 'String', check: name, writable: false, description: 'The main category (OCDS codelist: goods, works, services).' },
    tenderStartDate: { graphql: 'Date', check: partialDateSchema, writable: false, description: 'When the tender period starts.' },
    tenderEndDate: { graphql: 'Date', check: partialDateSchema, writable: false, description: 'When the tender period ends.' },
    awardedAmount: { graphql: 'Float', check: z.number().nonnegative(), writable: false, description: 'The total value of its awards, in `awardedCurrency` (awards in other currencies are left out).' },
    awardedCurrency: { graphql: 'String', check: currency, writable: false, description: 'ISO 4217 currency of `awardedAmount`.' },
    date: { graphql: 'Date', check: partialDateSchema, writable: false, description: 'The date of the latest release merged into it.', filter: { kind: 'range', as: 'dateRange', description: 'Dated (its latest release) within this range.' } },
  },
} as const satisfies Record<NodeType, PropertySpecs>;

/** Whether a node type can be created, changed and deleted through the API: it has a writable property. */
export function isWritableType(properties: PropertySpecs): boolean {
  return Object.values(properties).some((p) => p.writable !== false);
}
