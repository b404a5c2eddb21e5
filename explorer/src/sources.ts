/** A source rendered for the details panel (what it says: source-text.ts). */
import { h } from './dom.js';
import { describeSource, hostOf, type StructuredSource } from './source-text.js';

/** Renders one source: its title (a link when it has an address, opening in a new tab), publisher and host. */
export function renderSource(source: string | StructuredSource): HTMLElement {
  const { title, publisher, url } = describeSource(source);
  const host = url ? hostOf(url) : null;
  const heading = url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', title: url }, title) : h('span', { class: 'source-title' }, title);
  const extra = [publisher, host && host !== title ? host : null].filter(Boolean).join(' · ');
  return h('span', { class: 'source' }, heading, extra ? h('span', { class: 'meta' }, ` · ${extra}`) : null);
}
