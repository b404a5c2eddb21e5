/**
 * "a" or "an" before a noun, by its first letter's sound as far as our vocabulary needs it
 * ("an Organisation", "an Initiative", "a Learning"): generated descriptions and messages name
 * node types, and "a Organisation" is the first thing a developer reads wrong in the playground.
 */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
