/**
 * The details panel: the focused node's fields, its sources as links, its relationships grouped
 * by type (each one a button that moves the focus), and for an initiative its peers with the
 * reasons, each with its evidence as a button. Actions: expand (1–3 hops), use as a path end, close (Escape does it too).
 */
import { ApiError, request } from './api.js';
import type { Controller } from './controller.js';
import { announce, h, replaceChildren } from './dom.js';
import { ExplorerDetailsDocument, type ExplorerDetailsQuery } from './generated/graphql.js';
import { TYPE_COLOURS } from './palette.js';
import { renderMarkdown } from './markdown.js';
import { renderSource } from './sources.js';
import { EMPTY_FILTERS, type Depth, type ViewStore } from './view-state.js';
import { RELATIONSHIP_WORDS, TYPE_SINGULAR, humanise, isNodeType, type NodeType, type RelationshipType } from './vocabulary.js';

type Details = ExplorerDetailsQuery;
type Record_ = NonNullable<Details['node']>;

/** Label/value pairs shown for a record, empty values left out. */
function fieldsOf(record: Record_): [string, string][] {
  const r = record as Record<string, unknown>;
  const enumValue = (v: unknown) => (typeof v === 'string' ? humanise(v) : null);
  const dates = (start: unknown, end: unknown) => (start ? `${start}${end ? ` – ${end}` : ''}` : null);
  const pairs: [string, string | null | undefined][] = [
    ['Acronym', r.acronym as string],
    ['Kind', enumValue(r.organisationKind ?? r.learningKind ?? r.eventKind ?? r.placeKind)],
    ['Title', r.jobTitle as string],
    ['Sector', enumValue(r.sector ?? r.personSector)],
    ['Level', enumValue(r.level)],
    ['Status', enumValue(r.initiativeStatus ?? r.commitmentStatus)],
    ['Ambition', enumValue(r.ambition)],
    ['Action plan', r.actionPlan as string],
    ['Reference', r.reference as string],
    ['Dates', dates(r.startDate ?? r.eventStart, r.endDate)],
    ['Date', r.date as string],
    ['Language', r.language as string],
    ['ISO code', r.isoCode as string],
    ['Global south', typeof r.globalSouth === 'boolean' ? (r.globalSouth ? 'Yes' : 'No') : null],
    ['Contact', r.contactEmail as string],
    ['Identifiers', Array.isArray(r.identifiers) ? (r.identifiers as { scheme: string; id: string }[]).map((i) => `${i.scheme}: ${i.id}`).join(', ') : null],
    ['Id', record.id],
  ];
  return pairs.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].length > 0);
}

function textOf(record: Record_): string | null {
  const r = record as Record<string, unknown>;
  return ((r.summary ?? r.description ?? r.bio) as string | undefined) ?? null;
}

/** Roles are either enum values (PARTNER, TECHNICAL_SUPPORT) or free text ("Program Manager"). */
const roleText = (role: string) => (/^[A-Z_]+$/.test(role) ? humanise(role) : role);

interface RelationGroup {
  title: string;
  items: { id: string; label: string; type: NodeType; meta: string }[];
}

/** The direct relationships, grouped by type and direction ("Partners", "Partner in"...). */
export function groupRelationships(id: string, neighbourhood: Details['neighbourhood']): RelationGroup[] {
  const nodes = new Map(neighbourhood.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationGroup>();
  for (const edge of neighbourhood.edges) {
    const outgoing = edge.source === id;
    const otherId = outgoing ? edge.target : edge.source;
    const other = nodes.get(otherId);
    if ((edge.source !== id && edge.target !== id) || !other || !isNodeType(other.type)) continue;
    const words = RELATIONSHIP_WORDS[edge.type as RelationshipType];
    const title = outgoing ? words.out : words.in;
    const group = groups.get(title) ?? { title, items: [] };
    const when = edge.since || edge.until ? `${edge.since ?? '…'}–${edge.until ?? ''}` : '';
    group.items.push({ id: otherId, label: other.label, type: other.type, meta: [edge.role ? roleText(edge.role) : '', when].filter(Boolean).join(', ') });
    groups.set(title, group);
  }
  for (const group of groups.values()) group.items.sort((a, b) => a.label.localeCompare(b.label));
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.title.localeCompare(b.title));
}

export function createDetailsPanel(panel: HTMLElement, store: ViewStore, controller: Controller): { show(id: string | null): Promise<void> } {
  let shown: string | null = null;
  let abort: AbortController | null = null;

  const nodeButton = (id: string, label: string, type: NodeType) =>
    h(
      'button',
      { type: 'button', class: 'link', 'data-focus': id, onclick: () => void controller.focus(id) },
      h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[type]};margin-right:6px;vertical-align:-1px`, 'aria-hidden': 'true' }),
      label,
    );

  function actions(id: string): HTMLElement {
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
      h('button', { type: 'button', onclick: () => pathEnd('from', id) }, 'Path from here'),
      h('button', { type: 'button', onclick: () => pathEnd('to', id) }, 'Path to here'),
    );
  }

  function pathEnd(end: 'from' | 'to', id: string): void {
    controller.setPathEnd(end, id);
    store.update({ panel: 'path' });
    announce(`${controller.label(id)} is the path's ${end === 'from' ? 'start' : 'end'}.`);
  }

  function render(id: string, data: Details): void {
    const record = data.node;
    if (!record) {
      replaceChildren(panel, h('p', {}, `No record ${id}.`));
      return;
    }
    const type = record.__typename as NodeType;
    const groups = groupRelationships(id, data.neighbourhood);
    const text = textOf(record);
    const activities = (record as { activities?: string[] | null }).activities;
    const website = (record as { website?: string | null }).website;
    replaceChildren(
      panel,
      h(
        'header',
        {},
        h(
          'div',
          {},
          h('p', { class: 'type' }, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[type]}`, 'aria-hidden': 'true' }), TYPE_SINGULAR[type], record.uncertain ? ' · partly supported' : '', record.synthetic ? ' · synthetic' : ''),
          h('h2', { id: 'details-title', tabindex: '-1' }, record.label),
        ),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close details (Escape)', title: 'Close (Escape)', onclick: () => controller.clearFocus() }, '✕'),
      ),
      actions(id),
      h('dl', {}, ...fieldsOf(record).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      website ? h('p', {}, h('a', { href: website, target: '_blank', rel: 'noopener noreferrer' }, website)) : null,
      text ? renderMarkdown(text) : null,
      activities?.length ? h('ul', { class: 'activities' }, ...activities.map((a) => h('li', {}, `• ${a}`))) : null,
      h('h3', {}, `Relationships (${data.neighbourhood.edges.length}${data.neighbourhood.truncated ? '+' : ''})`),
      ...groups.flatMap((group) => [
        h('h4', {}, `${group.title} (${group.items.length})`),
        h('ul', {}, ...group.items.map((item) => h('li', {}, nodeButton(item.id, item.label, item.type), item.meta ? h('span', { class: 'meta' }, ` · ${item.meta}`) : null))),
      ]),
      data.peers?.length
        ? h(
            'section',
            { 'aria-labelledby': 'peers-title' },
            h('h3', { id: 'peers-title' }, 'Peers: initiatives to learn from'),
            ...data.peers.map((peer) =>
              h(
                'div',
                { class: 'peer' },
                nodeButton(peer.initiative.id, peer.initiative.label, 'Initiative'),
                h('span', { class: 'meta' }, ` · ${humanise(peer.initiative.level)} · score ${peer.score.toFixed(1)}`),
                h(
                  'ul',
                  {},
                  ...peer.reasons.map((reason) =>
                    h(
                      'li',
                      {},
                      reason.text,
                      // The evidence (a theme, a partner, a learning) is one click away, unless it is the peer itself.
                      reason.evidence.id === peer.initiative.id ? null : h('span', { class: 'meta' }, ' · ', nodeButton(reason.evidence.id, reason.evidence.label, reason.evidence.__typename)),
                    ),
                  ),
                ),
              ),
            ),
          )
        : null,
      h('h3', {}, 'Sources'),
      record.sources.length ? h('ul', { class: 'sources' }, ...record.sources.map((s) => h('li', {}, renderSource(s)))) : h('p', { class: 'meta' }, 'None recorded.'),
    );
  }

  async function show(id: string | null): Promise<void> {
    shown = id;
    abort?.abort();
    if (!id) {
      panel.hidden = true;
      replaceChildren(panel);
      return;
    }
    panel.hidden = false;
    replaceChildren(panel, h('p', { class: 'meta' }, `Loading ${controller.label(id)}…`));
    abort = new AbortController();
    try {
      const data = await request(ExplorerDetailsDocument, { id, withPeers: controller.nodeType(id) === 'Initiative' }, abort.signal);
      if (shown === id) render(id, data);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      replaceChildren(panel, h('p', { role: 'alert' }, error instanceof ApiError ? error.message : 'The details could not be loaded.'));
    }
  }

  /** A focus the filters hide: say so, and offer to show it (the drawing is not greyed out for it). */
  function hiddenNotice(id: string): HTMLElement {
    return h(
      'div',
      { class: 'notice', id: 'hidden-notice', role: 'status' },
      h('p', {}, `${controller.label(id)} is hidden by the current filters.`),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'primary', id: 'show-hidden', onclick: () => store.updateFilters({ shown: [...store.get().filters.shown, id] }) }, 'Show it anyway'),
        h('button', { type: 'button', id: 'clear-filters-for-hidden', onclick: () => store.update({ filters: EMPTY_FILTERS }) }, 'Clear the filters'),
      ),
    );
  }

  function syncNotice(): void {
    const focus = store.get().focus;
    const current = panel.querySelector('#hidden-notice');
    const wanted = focus && controller.exposed.focusHidden;
    if (!wanted) return current?.remove();
    if (current) return;
    const header = panel.querySelector('header');
    if (header) header.after(hiddenNotice(focus));
  }

  // After each redraw (which follows every view change and the first load, so a shared link's focus opens too).
  controller.onRedraw(() => {
    const focus = store.get().focus;
    if (focus !== shown) void show(focus).then(syncNotice);
    else syncNotice();
  });
  return { show };
}
