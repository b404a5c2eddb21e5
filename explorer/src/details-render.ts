/**
 * The details panel's content for one record, in sections: header (type, title, close), actions
 * (expand 1–3 hops, path ends), fields and text, relationships grouped by type (each one a button
 * that moves the focus), an initiative's peers with their reasons and evidence, and sources.
 */
import type { Controller } from './controller.js';
import { announce, h } from './dom.js';
import { fieldsOf, groupRelationships, textOf, type Details, type Record_ } from './details-fields.js';
import { renderMarkdown } from './markdown.js';
import { TYPE_COLOURS } from './palette.js';
import { renderSource } from './sources.js';
import type { Depth, ViewStore } from './view-state.js';
import { TYPE_SINGULAR, humanise, type NodeType } from './vocabulary.js';

export interface DetailsContext {
  store: ViewStore;
  controller: Controller;
}

/** A node named as a button that selects it. */
export const nodeButton = ({ controller }: DetailsContext, id: string, label: string, type: NodeType) =>
  h(
    'button',
    { type: 'button', class: 'link', 'data-focus': id, onclick: () => void controller.focus(id) },
    h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[type]};margin-right:6px;vertical-align:-1px`, 'aria-hidden': 'true' }),
    label,
  );

function pathEnd({ store, controller }: DetailsContext, end: 'from' | 'to', id: string): void {
  controller.setPathEnd(end, id);
  store.update({ panel: 'path' });
  announce(`${controller.label(id)} is the path's ${end === 'from' ? 'start' : 'end'}.`);
}

function actions(ctx: DetailsContext, id: string): HTMLElement {
  const { store, controller } = ctx;
  const depth = h(
    'select',
    { 'aria-label': 'Expand depth', id: 'expand-depth', onchange: (e: Event) => store.update({ depth: Number((e.target as HTMLSelectElement).value) as Depth }) },
    ...[1, 2, 3].map((d) => h('option', { value: d, selected: store.get().depth === d }, `${d} hop${d > 1 ? 's' : ''}`)),
  );
  return h(
    'div',
    { class: 'toolbar' },
    h('button', { type: 'button', class: 'primary', id: 'expand-button', onclick: () => void controller.expand(id, Number((depth as HTMLSelectElement).value) as Depth) }, 'Expand'),
    depth,
    h('button', { type: 'button', onclick: () => pathEnd(ctx, 'from', id) }, 'Path from here'),
    h('button', { type: 'button', onclick: () => pathEnd(ctx, 'to', id) }, 'Path to here'),
  );
}

function header({ controller }: DetailsContext, record: Record_): HTMLElement {
  const type = record.__typename as NodeType;
  return h(
    'header',
    {},
    h(
      'div',
      {},
      h('p', { class: 'type' }, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[type]}`, 'aria-hidden': 'true' }), TYPE_SINGULAR[type], record.uncertain ? ' · partly supported' : '', record.synthetic ? ' · synthetic' : ''),
      h('h2', { id: 'details-title', tabindex: '-1' }, record.label),
    ),
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close details (Escape)', title: 'Close (Escape)', onclick: () => controller.clearFocus() }, '✕'),
  );
}

/** Fields, website, text (Markdown) and activities. */
function body(record: Record_): (HTMLElement | null)[] {
  const text = textOf(record);
  const activities = (record as { activities?: string[] | null }).activities;
  const website = (record as { website?: string | null }).website;
  return [
    h('dl', {}, ...fieldsOf(record).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    website ? h('p', {}, h('a', { href: website, target: '_blank', rel: 'noopener noreferrer' }, website)) : null,
    text ? renderMarkdown(text) : null,
    activities?.length ? h('ul', { class: 'activities' }, ...activities.map((a) => h('li', {}, `• ${a}`))) : null,
  ];
}

function relationships(ctx: DetailsContext, id: string, data: Details): HTMLElement[] {
  const groups = groupRelationships(id, data.neighbourhood);
  return [
    h('h3', {}, `Relationships (${data.neighbourhood.edges.length}${data.neighbourhood.truncated ? '+' : ''})`),
    ...groups.flatMap((group) => [
      h('h4', {}, `${group.title} (${group.items.length})`),
      h('ul', {}, ...group.items.map((item) => h('li', {}, nodeButton(ctx, item.id, item.label, item.type), item.meta ? h('span', { class: 'meta' }, ` · ${item.meta}`) : null))),
    ]),
  ];
}

/** An initiative's peers with their reasons, or null when it has none. */
export function peersSection(ctx: DetailsContext, data: Details): HTMLElement | null {
  if (!data.peers?.length) return null;
  const peer = (p: NonNullable<Details['peers']>[number]) =>
    h(
      'div',
      { class: 'peer' },
      nodeButton(ctx, p.initiative.id, p.initiative.label, 'Initiative'),
      h('span', { class: 'meta' }, ` · ${humanise(p.initiative.level)} · score ${p.score.toFixed(1)}`),
      h(
        'ul',
        {},
        // The evidence (a theme, a partner, a learning) is one click away, unless it is the peer itself.
        ...p.reasons.map((r) => h('li', {}, r.text, r.evidence.id === p.initiative.id ? null : h('span', { class: 'meta' }, ' · ', nodeButton(ctx, r.evidence.id, r.evidence.label, r.evidence.__typename)))),
      ),
    );
  return h('section', { 'aria-labelledby': 'peers-title' }, h('h3', { id: 'peers-title' }, 'Peers: initiatives to learn from'), ...data.peers.map(peer));
}

/** The sections of a record's details, in reading order; `extra` goes after the relationships. */
export function detailsContent(ctx: DetailsContext, id: string, data: Details, extra: (HTMLElement | null)[] = []): (HTMLElement | null)[] {
  const record = data.node;
  if (!record) return [h('p', {}, `No record ${id}.`)];
  return [
    header(ctx, record),
    actions(ctx, id),
    ...body(record),
    ...relationships(ctx, id, data),
    ...extra,
    // An initiative's peers take longer than the rest: they replace this placeholder when they come.
    data.peers === undefined && record.__typename === 'Initiative' ? h('p', { class: 'meta', id: 'peers-loading' }, 'Looking for peers…') : peersSection(ctx, data),
    h('h3', {}, 'Sources'),
    record.sources.length ? h('ul', { class: 'sources' }, ...record.sources.map((s) => h('li', {}, renderSource(s)))) : h('p', { class: 'meta' }, 'None recorded.'),
  ];
}
