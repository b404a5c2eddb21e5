/**
 * Organisation names as matching compares them. Publishers write the same body as
 * "SECRETARÍA DE FINANZAS" and "Secretaria de Finanzas", a company as "BENTLEY SYSTEMS DE MEXICO
 * SA de CV" or, truncated by a 32-character column, "... SA de": all must compare equal.
 */

/** Legal-form suffixes, as word lists after normalisation ("S.A. de C.V." -> sa de cv). */
const LEGAL_FORMS: readonly (readonly string[])[] = [
  ['sa', 'de', 'cv'],
  ['sapi', 'de', 'cv'],
  ['sab', 'de', 'cv'],
  ['s', 'de', 'rl', 'de', 'cv'],
  ['s', 'de', 'rl'],
  ['sc', 'de', 'rl'],
  ['sa', 'de', 'c', 'v'],
  ['sa'],
  ['srl'],
  ['sas'],
  ['sac'],
  ['saeca'],
  ['eirl'],
  ['ltd'],
  ['limited'],
  ['llc'],
  ['llp'],
  ['inc'],
  ['plc'],
  ['gmbh'],
  ['bv'],
  ['nv'],
  ['ac'],
];

/** Lower case, no accents, dots dropped ("S.A." -> "sa"), other punctuation as spaces. */
function toWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * Whether `tail` is a legal form or a truncation of one: its first word in full, the rest a
 * prefix of the form ("sa de c" of "sa de cv"). A lone "de" or "c" never counts.
 */
function isLegalFormTail(tail: readonly string[]): boolean {
  return LEGAL_FORMS.some(
    (form) =>
      tail.length <= form.length &&
      tail[0] === form[0] &&
      tail.every((word, i) => (i === tail.length - 1 ? form[i].startsWith(word) : form[i] === word)),
  );
}

/**
 * The key two names of the same organisation share: words without accents, case or punctuation,
 * and without a trailing legal form, even a truncated one. Empty when nothing but a legal form is
 * left (such a name matches nothing).
 */
export function nameKey(name: string): string {
  const words = toWords(name);
  // The longest legal-form tail first, so "sa de cv" goes as a whole, not just "cv".
  for (let start = Math.max(1, words.length - 5); start < words.length; start++) {
    if (isLegalFormTail(words.slice(start))) return words.slice(0, start).join(' ');
  }
  return words.join(' ');
}
