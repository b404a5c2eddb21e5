/**
 * Countries as publishers write them ("MX", "MÉXICO", "Paraguay", "United Kingdom") to ISO 3166-1
 * alpha-2 codes. The names come from the runtime's own CLDR data (Intl.DisplayNames) in the
 * languages of the publishers met so far, so no table is kept here.
 */
const LANGUAGES = ['en', 'es', 'fr', 'pt'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function key(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

let byName: Map<string, string> | undefined;

function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const displays = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      for (const display of displays) {
        const name = display.of(code);
        // The first code wins: GB before UK (an exceptionally reserved alias with the same name).
        if (name && !byName.has(key(name))) byName.set(key(name), code);
      }
    }
  }
  return byName;
}

/** The ISO alpha-2 code of a country as written, or null when it is not recognised. */
export function countryCode(written: string | undefined | null): string | null {
  if (!written) return null;
  const trimmed = written.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase() === 'UK' ? 'GB' : trimmed.toUpperCase();
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) ? code : null;
  }
  return namesToCodes().get(key(trimmed)) ?? null;
}

/** The English name of a country code ("MX" -> "Mexico"). */
export function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}
