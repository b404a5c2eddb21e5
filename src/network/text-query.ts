import { eng, spa } from 'stopword';

/**
 * Plain words -> full-text queries, for advice (a problem in a reformer's words) and for peers
 * (a learning's own title and summary, to find similar learnings). Pure.
 *
 * The learning indexes analyse the stored text (English stemming in one, accent folding in the
 * other, migration 006); this side drops what carries no meaning in English or Spanish (stop
 * words, with or without their accents, and words that any problem statement uses), so that a
 * question such as "how do we publish our data" is matched on "publish" and "data" only.
 */

/** Words a person writes around a problem that say nothing about it. */
const QUESTION_WORDS = ['how', 'can', 'could', 'should', 'would', 'we', 'our', 'us', 'my', 'i', 'me', 'do', 'does', 'get', 'let', 'make', 'want', 'need', 'help', 'problem', 'cómo', 'como', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'hacer'];

/** Accents and other combining marks removed: "contratación" -> "contratacion". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

const STOP_WORDS = new Set([...eng, ...spa, ...QUESTION_WORDS].flatMap((w) => [w, foldAccents(w)]));

/** Characters with a meaning in Lucene query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Longest query built from one text: a learning's summary rarely needs more words to be found. */
export const MAX_QUERY_WORDS = 40;

/**
 * The words of `text` that carry meaning, lower case, in order, each once: split at anything
 * that is not a letter or digit, stop words (English and Spanish, accented or not) and single
 * characters dropped. Accents are kept: the indexes fold them where needed.
 */
export function meaningfulWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const kept = words.filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !STOP_WORDS.has(foldAccents(w)));
  return [...new Set(kept)];
}

/**
 * A Lucene query matching any of the meaningful words of `text` (at most MAX_QUERY_WORDS), every
 * word escaped so user text is never query syntax; '' when no word is left.
 */
export function toTextQuery(text: string): string {
  return meaningfulWords(text)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => w.replace(LUCENE_SPECIAL, '\\$&'))
    .join(' ');
}

/** Words every open contracting text uses: naming them as shared would say nothing. */
const DOMAIN_WORDS = new Set(['open', 'contracting', 'contract', 'contracts', 'procurement', 'public', 'government', 'its', 'their', 'also', 'local', 'initiative']);

/** A crude stem for naming the words two texts share: folded, the first six letters. */
const stemOf = (word: string) => foldAccents(word).slice(0, 6);

/**
 * The meaningful words of `a` that `b` also uses (compared by a crude stem, so "portal" and
 * "portals" agree), in `a`'s order, at most `max`, leaving out words every open contracting
 * text uses. For the text of a reason, not for scoring.
 */
export function sharedWords(a: string, b: string, max = 4): string[] {
  const inB = new Set(meaningfulWords(b).map(stemOf));
  return meaningfulWords(a)
    .filter((w) => !DOMAIN_WORDS.has(w) && inB.has(stemOf(w)))
    .slice(0, max);
}
