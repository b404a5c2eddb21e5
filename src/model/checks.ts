import { z } from 'zod';

/**
 * The checks record fields are made of (zod): names, texts, addresses, dates, sources,
 * identifiers. node-properties.ts gives each stored property one of them; records.ts assembles
 * the record schemas.
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

export const name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH).refine(noControlChars, 'must not contain control characters');
export const text = z.string().max(MAX_TEXT_LENGTH).refine(noControlChars, 'must not contain control characters');
export const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
export const email = z.email({ error: 'must be an email address' });
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
export const sources = z.array(sourceSchema).min(1, 'must name at least one source');

/**
 * An org-id.guide list code (`GB-COH`, `NL-KVK`, `MX-RFC`, `XI-IATI`): a country code (or XI/XM
 * for lists that are not national) and the register's code. Its id goes beside it, and the
 * identifier string is `${scheme}-${id}` (orgIdOf).
 */
export const ORG_ID_SCHEME_PATTERN = /^[A-Z]{2}-[A-Z0-9]+$/;

/** ISO 3166-1 alpha-2 (`GE`) or ISO 3166-2 (`KE-24`, `MX-CMX`, `NG-KD`) code. */
export const ISO_3166_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Fields every node has besides its own. */
export const common = {
  id: idSchema,
  sources,
  uncertain: z.boolean().optional(),
  synthetic: z.boolean().optional(),
  /** The imported datasets (src/import/) that brought or changed this record; absent on hand-typed ones. */
  datasetIds: z.array(idSchema).optional(),
};

export const identifier = z.strictObject({
  scheme: z.string().regex(ORG_ID_SCHEME_PATTERN, 'must be an org-id.guide list code such as "GB-COH" or "NL-KVK"'),
  id: name.regex(/^\S+$/, 'must be the register\'s id, without spaces'),
});

/** The org-id.guide identifier string of an identifier: `GB-COH` + `01624297` -> `GB-COH-01624297`. */
export function orgIdOf(identifier: { scheme: string; id: string }): string {
  return `${identifier.scheme}-${identifier.id}`;
}

/** A postal address as OCDS publishes it; every part optional. */
export const address = z.strictObject({
  streetAddress: name.optional(),
  locality: name.optional(),
  region: name.optional(),
  postalCode: name.optional(),
  countryName: name.optional(),
});

/** ISO 4217 currency code. */
export const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "MXN"');
