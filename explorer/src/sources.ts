/**
 * Sources as a person can follow them: a source that is an address becomes a link; a document
 * name that quotes an address links that part. Only http(s) addresses become links.
 */
import { h } from './dom.js';

const URL_PATTERN = /https?:\/\/[^\s)<>"]+/;

/** Renders one source as text with its address (if any) as a link opening in a new tab. */
export function renderSource(source: string): HTMLElement {
  const match = URL_PATTERN.exec(source);
  if (!match) return h('span', {}, source);
  // Trailing punctuation belongs to the sentence, not the address.
  const address = match[0].replace(/[.,;:!?]+$/, '');
  const before = source.slice(0, match.index);
  const after = source.slice(match.index + address.length);
  return h('span', {}, before, h('a', { href: address, target: '_blank', rel: 'noopener noreferrer' }, address), after);
}
