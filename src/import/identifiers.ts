/**
 * Organisation identifiers in org-id.guide form: a register's list code (`MX-RFC`, `PY-RUC`,
 * `GB-COH`) and the id within it. Publishers write the scheme as the code, as the register's name
 * in words, as a URL or not at all; this module turns what it can into a code and leaves the rest
 * out (a warning says so), since an identifier of unknown register cannot be compared.
 */
export interface OrgIdentifier {
  scheme: string;
  id: string;
}

/** org-id.guide list codes: a country (or XI/XM) and a register. */
export const SCHEME_PATTERN = /^[A-Z]{2}-[A-Z0-9]+$/;

/** Registers publishers name in words, by a pattern of that name. */
const SCHEME_NAMES: readonly [RegExp, string][] = [
  [/registro federal de contribuyentes/i, 'MX-RFC'],
  [/registro [uú]nico de contribuyente/i, 'PY-RUC'],
  [/companies house/i, 'GB-COH'],
];

/** A Mexican RFC: 3 (companies) or 4 (people) letters, a yymmdd date, 3 check characters. */
const RFC = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/;

/** The string an identifier is compared and shown by: `MX-RFC-GDF9712054NA`. */
export function identifierKey(identifier: OrgIdentifier): string {
  return `${identifier.scheme}-${identifier.id}`;
}

/** A register id as written, cleaned: trimmed, and "11111111.0" (a spreadsheet's number) as "11111111". */
function cleanId(id: string, scheme: string): string {
  let clean = id.trim().replace(/^(\d+)\.0$/, '$1');
  if (scheme === 'MX-RFC') clean = clean.toUpperCase();
  return clean;
}

/**
 * The org-id identifier of an OCDS `identifier` object, or null when its register is unknown.
 * `country` (ISO alpha-2) lets an RFC without a scheme be recognised as one.
 */
export function toOrgIdentifier(raw: { scheme?: unknown; id?: unknown } | undefined, country: string | null): OrgIdentifier | null {
  if (!raw || (typeof raw.id !== 'string' && typeof raw.id !== 'number')) return null;
  const id = String(raw.id).trim();
  if (!id) return null;
  const written = typeof raw.scheme === 'string' ? raw.scheme.trim() : '';
  let scheme: string | null = SCHEME_PATTERN.test(written) ? written : (SCHEME_NAMES.find(([pattern]) => pattern.test(written))?.[1] ?? null);
  if (!scheme && (!written || /^https?:/i.test(written)) && country === 'MX' && RFC.test(id.toUpperCase())) scheme = 'MX-RFC';
  return scheme ? { scheme, id: cleanId(id, scheme) } : null;
}
