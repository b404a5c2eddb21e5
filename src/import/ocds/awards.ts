import type { AwardDraft } from '../drafts.js';

/** Awards that never took effect: left out of awarded values. */
const VOID_STATUSES = new Set(['cancelled', 'unsuccessful']);

/** What one supplier was awarded in one process: the AWARDED relationship's properties. */
export interface AwardedProps {
  awardId?: string;
  amount?: number;
  currency?: string;
  date?: string;
  status?: string;
}

/** The currency most awards use (ties: alphabetical), or undefined when none has one. */
function mainCurrency(awards: AwardDraft[]): string | undefined {
  const byCurrency = new Map<string, number>();
  for (const a of awards) if (a.currency && a.amount !== undefined) byCurrency.set(a.currency, (byCurrency.get(a.currency) ?? 0) + 1);
  return [...byCurrency].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
}

/**
 * One supplier's awards in one process as one relationship (the model keeps one relationship of a
 * type between two nodes): their ids joined, the amounts in the main currency summed (an award in
 * another currency is left out, with a warning), the latest date and that award's status.
 */
export function awardedProps(awards: AwardDraft[], warn: (message: string) => void): AwardedProps {
  const live = awards.filter((a) => !VOID_STATUSES.has(a.status ?? ''));
  const currency = mainCurrency(live);
  let amount: number | undefined;
  for (const a of live) {
    if (a.amount === undefined) continue;
    if (a.currency !== currency) {
      warn(`award ${a.id} is in ${a.currency ?? 'no currency'}, not ${currency}: left out of the awarded amount`);
      continue;
    }
    amount = (amount ?? 0) + a.amount;
  }
  const latest = [...awards].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  const ids = [...new Set(awards.map((a) => a.id))].sort();
  return { awardId: ids.join(', ') || undefined, amount: round(amount), currency: amount === undefined ? undefined : currency, date: latest?.date, status: latest?.status };
}

/** The total awarded in a process, in its main currency (awardedProps warns of the rest, per supplier). */
export function processAwardTotal(awards: AwardDraft[]): { awardedAmount?: number; awardedCurrency?: string } {
  const { amount, currency } = awardedProps(awards, () => undefined);
  return { awardedAmount: amount, awardedCurrency: currency };
}

/** Sums of decimal amounts without float dust: 0.1 + 0.2 is 0.3. */
function round(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.round(n * 100) / 100;
}
