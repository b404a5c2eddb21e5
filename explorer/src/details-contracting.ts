/**
 * An organisation's contracting, for its details panel: per OCDS role (buyer, procuring entity,
 * tenderer, supplier, funder) how many processes it takes part in and the first few, each a
 * button that moves the focus to the process; a supplier's with the amount awarded to it.
 */
import { request } from './api.js';
import { h } from './dom.js';
import { nodeButton, type DetailsContext } from './details-render.js';
import { ExplorerContractingDocument, type ExplorerContractingPageFragment, type ExplorerContractingQuery } from './generated/graphql.js';

/** Processes listed per role; the heading gives the total. */
const FIRST = 5;

const ROLES = [
  ['buyer', 'Buyer of'],
  ['procuringEntity', 'Procuring entity of'],
  ['tenderer', 'Tendered for'],
  ['supplier', 'Supplier in'],
  ['funder', 'Funder of'],
] as const;

type Organisation = Extract<NonNullable<ExplorerContractingQuery['node']>, { __typename: 'Organisation' }>;

/** The organisation's contracting, or null for another type of node. */
export async function fetchContracting(id: string, signal: AbortSignal): Promise<Organisation | null> {
  const data = await request(ExplorerContractingDocument, { id, first: FIRST }, signal);
  return data.node?.__typename === 'Organisation' ? (data.node as Organisation) : null;
}

/** "1,250,000.00 MXN": the amount in its currency's usual form, or plain when the code is unknown. */
export function formatAmount(amount: number, currency: string | null | undefined): string {
  if (!currency) return amount.toLocaleString('en');
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
  } catch {
    return `${amount.toLocaleString('en')} ${currency}`;
  }
}

function roleList(ctx: DetailsContext, key: string, title: string, page: ExplorerContractingPageFragment): HTMLElement[] {
  const more = page.totalCount - page.edges.length;
  const item = (edge: ExplorerContractingPageFragment['edges'][number]) =>
    h(
      'li',
      {},
      nodeButton(ctx, edge.node.id, edge.node.title, 'ContractingProcess'),
      edge.amount != null ? h('span', { class: 'meta amount' }, ` · ${formatAmount(edge.amount, edge.currency)}`) : null,
      edge.node.status ? h('span', { class: 'meta' }, ` · ${edge.node.status}`) : null,
    );
  return [
    h('h4', { 'data-role': key }, `${title} (${page.totalCount.toLocaleString('en')})`),
    h('ul', { 'data-role': key }, ...page.edges.map(item), more > 0 ? h('li', { class: 'meta' }, `and ${more.toLocaleString('en')} more`) : null),
  ];
}

/** The "Contracting" section, or null when the organisation takes part in no process. */
export function contractingSection(ctx: DetailsContext, organisation: Organisation | null): HTMLElement | null {
  if (!organisation) return null;
  const roles = ROLES.filter(([key]) => organisation[key].totalCount > 0);
  if (!roles.length) return null;
  return h(
    'section',
    { id: 'contracting', 'aria-labelledby': 'contracting-title' },
    h('h3', { id: 'contracting-title' }, 'Contracting'),
    ...roles.flatMap(([key, title]) => roleList(ctx, key, title, organisation[key])),
  );
}
