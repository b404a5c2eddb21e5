import { z } from 'zod';
import * as E from './enums.js';
import type { NodeType } from './node-types.js';
import { PARTNER_ROLES } from './enums.js';

/**
 * Record schemas: the shape of a node or relationship as it is written to the graph, shared by
 * the seed importer and the mutations. Unknown fields are refused (a typo must not vanish).
 */

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_ID_LENGTH = 100;
export const MAX_NAME_LENGTH = 300;
export const MAX_TEXT_LENGTH = 20_000;

/** ISO 8601 calendar date, reduced precision allowed: 2019, 2019-05 or 2019-05-28. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a partial ISO date that names a real day (no 30 February). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  if (value.length < 10) return true;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const noControlChars = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);

export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(ID_PATTERN, 'must be a lowercase slug: letters, digits and dashes, e.g. "hivos"');

const name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH).refine(noControlChars, 'must not contain control characters');
const text = z.string().max(MAX_TEXT_LENGTH).refine(noControlChars, 'must not contain control characters');
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const email = z.email({ error: 'must be an email address' });
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isPartialDate, 'is not a real calendar date');

/**
 * One source of a record or relationship: a plain string (a document name or address), or a
 * structured citation with a `url` or a `citation` (at least one) and what a reader needs to
 * find it again. The graph stores each source's string (url, else citation) in `sources`, so
 * every reader of plain sources keeps working; codec.ts keeps the structure beside it.
 */
export const sourceObjectSchema = z
  .strictObject({
    url: url.optional(),
    citation: text.min(1, 'must not be empty').optional(),
    title: name.optional(),
    publisher: name.optional(),
    published: partialDateSchema.optional(),
    retrieved: partialDateSchema.optional(),
  })
  .refine((s) => s.url !== undefined || s.citation !== undefined, { message: 'must have a url or a citation', path: ['url'] });
export const sourceSchema = z.union([text.min(1, 'must not be empty'), sourceObjectSchema]);
export type SourceRecord = z.infer<typeof sourceSchema>;
export type StructuredSource = z.infer<typeof sourceObjectSchema>;
const sources = z.array(sourceSchema).min(1, 'must name at least one source');

/**
 * An org-id.guide list code (`GB-COH`, `NL-KVK`, `MX-RFC`, `XI-IATI`): a country code (or XI/XM
 * for lists that are not national) and the register's code. Its id goes beside it, and the
 * identifier string is `${scheme}-${id}` (orgIdOf).
 */
export const ORG_ID_SCHEME_PATTERN = /^[A-Z]{2}-[A-Z0-9]+$/;

/** ISO 3166-1 alpha-2 (`GE`) or ISO 3166-2 (`KE-24`, `MX-CMX`, `NG-KD`) code. */
export const ISO_3166_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Fields every node has besides its own. */
const common = {
  id: idSchema,
  sources,
  uncertain: z.boolean().optional(),
  synthetic: z.boolean().optional(),
  /** The imported datasets (src/import/) that brought or changed this record; absent on hand-typed ones. */
  datasetIds: z.array(idSchema).optional(),
};

const identifier = z.strictObject({
  scheme: z.string().regex(ORG_ID_SCHEME_PATTERN, 'must be an org-id.guide list code such as "GB-COH" or "NL-KVK"'),
  id: name.regex(/^\S+$/, 'must be the register\'s id, without spaces'),
});

/** The org-id.guide identifier string of an identifier: `GB-COH` + `01624297` -> `GB-COH-01624297`. */
export function orgIdOf(identifier: { scheme: string; id: string }): string {
  return `${identifier.scheme}-${identifier.id}`;
}

/** A postal address as OCDS publishes it; every part optional. */
const address = z.strictObject({
  streetAddress: name.optional(),
  locality: name.optional(),
  region: name.optional(),
  postalCode: name.optional(),
  countryName: name.optional(),
});

/** ISO 4217 currency code. */
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "MXN"');

export const nodeSchemas = {
  Organisation: z.strictObject({
    ...common,
    name,
    acronym: name.optional(),
    kind: z.enum(E.ORGANISATION_KINDS),
    sector: z.enum(E.SECTORS),
    description: text.optional(),
    website: url.optional(),
    identifiers: z.array(identifier).optional(),
    addresses: z.array(address).optional(),
  }),
  Actor: z.strictObject({
    ...common,
    name,
    title: name.optional(),
    sector: z.enum(E.SECTORS).optional(),
    bio: text.optional(),
    email: email.optional(),
    public: z.boolean().optional(),
  }),
  Initiative: z.strictObject({
    ...common,
    title: name,
    summary: text.optional(),
    level: z.enum(E.INITIATIVE_LEVELS),
    status: z.enum(E.INITIATIVE_STATUSES).optional(),
    startDate: partialDateSchema.optional(),
    endDate: partialDateSchema.optional(),
    website: url.optional(),
    contactEmail: email.optional(),
    activities: z.array(text).optional(),
  }),
  Commitment: z.strictObject({
    ...common,
    title: name,
    description: text.optional(),
    actionPlan: name.optional(),
    reference: name.optional(),
    status: z.enum(E.COMMITMENT_STATUSES).optional(),
    ambition: z.enum(E.COMMITMENT_AMBITIONS).optional(),
    startDate: partialDateSchema.optional(),
    endDate: partialDateSchema.optional(),
  }),
  Learning: z.strictObject({
    ...common,
    title: name,
    kind: z.enum(E.LEARNING_KINDS),
    summary: text.optional(),
    body: text.optional(),
    date: partialDateSchema.optional(),
    language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"').optional(),
  }),
  Event: z.strictObject({
    ...common,
    name,
    kind: z.enum(E.EVENT_KINDS),
    startDate: partialDateSchema,
    endDate: partialDateSchema.optional(),
    description: text.optional(),
    website: url.optional(),
  }),
  Place: z.strictObject({
    ...common,
    name,
    kind: z.enum(E.PLACE_KINDS),
    isoCode: z.string().regex(ISO_3166_PATTERN, 'must be an ISO 3166-1 alpha-2 code such as "GE" or an ISO 3166-2 code such as "KE-17"').optional(),
    globalSouth: z.boolean().optional(),
    latitude: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90').optional(),
    longitude: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180').optional(),
  }),
  Theme: z.strictObject({
    ...common,
    name,
    description: text.optional(),
  }),
  ContractingProcess: z.strictObject({
    ...common,
    ocid: name,
    title: name,
    description: text.optional(),
    status: name.optional(),
    procurementMethod: name.optional(),
    mainProcurementCategory: name.optional(),
    tenderStartDate: partialDateSchema.optional(),
    tenderEndDate: partialDateSchema.optional(),
    awardedAmount: z.number().nonnegative().optional(),
    awardedCurrency: currency.optional(),
    date: partialDateSchema.optional(),
  }),
} satisfies Record<NodeType, z.ZodType>;

export type NodeRecord<T extends NodeType = NodeType> = z.infer<(typeof nodeSchemas)[T]>;

export const relationshipSchema = z.strictObject({
  type: z.string().min(1),
  from: idSchema,
  to: idSchema,
  role: name.optional(),
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
  awardId: name.optional(),
  amount: z.number().nonnegative().optional(),
  currency: currency.optional(),
  date: partialDateSchema.optional(),
  status: name.optional(),
  sources: sources.optional(),
  uncertain: z.boolean().optional(),
  synthetic: z.boolean().optional(),
  datasetIds: z.array(idSchema).optional(),
});

export type RelationshipRecord = z.infer<typeof relationshipSchema>;

export const partnerRoleSchema = z.enum(PARTNER_ROLES);
