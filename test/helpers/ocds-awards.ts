import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What OCDS files say about awards, worked out here from the JSON alone (not through the
 * importer), for tests to compare the API's contracting sums with.
 */
interface Award {
  id: string;
  status?: string;
  date?: string;
  value?: { amount?: number; currency?: string };
  suppliers?: { id?: string; name?: string }[];
}
interface Release {
  ocid: string;
  date?: string;
  buyer?: { name?: string };
  tender?: { title?: string };
  awards?: Award[];
}

/** One process as the files tell it: its latest buyer and title, and each award's latest version. */
export interface FileProcess {
  ocid: string;
  buyer: string | null;
  title: string | null;
  awards: Award[];
}

/** The releases of every .json file of `dir`: packages' releases and records' compiled releases. */
function releasesIn(dir: string): Release[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { releases?: Release[]; records?: { compiledRelease?: Release }[] };
      return [...(pkg.releases ?? []), ...(pkg.records ?? []).flatMap((r) => (r.compiledRelease ? [r.compiledRelease] : []))];
    });
}

/** The processes of `dir` by ocid; a later release's award replaces the same award id's earlier one. */
export function processesIn(dir: string): FileProcess[] {
  const byOcid = new Map<string, { latest: string; buyer: string | null; title: string | null; awards: Map<string, { date: string; award: Award }> }>();
  for (const r of releasesIn(dir).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) {
    const p = byOcid.get(r.ocid) ?? { latest: '', buyer: null, title: null, awards: new Map() };
    p.buyer = r.buyer?.name ?? p.buyer;
    p.title = r.tender?.title ?? p.title;
    for (const a of r.awards ?? []) p.awards.set(a.id, { date: r.date ?? '', award: a });
    byOcid.set(r.ocid, p);
  }
  return [...byOcid].map(([ocid, p]) => ({ ocid, buyer: p.buyer, title: p.title, awards: [...p.awards.values()].map((v) => v.award) }));
}

const VOID = new Set(['cancelled', 'unsuccessful']);
const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * A process's awarded total as OCDS defines nothing more for: its live awards' amounts in the
 * currency most of them use (ties alphabetical), dated by the year of its latest award.
 */
export function processTotal(p: FileProcess): { currency: string; amount: number; year: number | null } | null {
  const live = p.awards.filter((a) => !VOID.has(a.status ?? '') && a.value?.amount !== undefined && a.value.currency);
  if (live.length === 0) return null;
  const uses = new Map<string, number>();
  for (const a of live) uses.set(a.value!.currency!, (uses.get(a.value!.currency!) ?? 0) + 1);
  const currency = [...uses].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0];
  const amount = cents(live.filter((a) => a.value!.currency === currency).reduce((s, a) => s + a.value!.amount!, 0));
  const years = p.awards.flatMap((a) => (a.date ? [Number(a.date.slice(0, 4))] : []));
  return { currency, amount, year: years.length ? Math.max(...years) : null };
}

/** Awarded totals by currency and year, sorted as the API sorts them (year ascending, undated last, then currency). */
export function awardedByCurrencyAndYear(processes: FileProcess[]) {
  const groups = new Map<string, { currency: string; year: number | null; amount: number; processCount: number }>();
  for (const total of processes.map(processTotal)) {
    if (!total) continue;
    const key = `${total.currency} ${total.year}`;
    const g = groups.get(key) ?? { currency: total.currency, year: total.year, amount: 0, processCount: 0 };
    g.amount = cents(g.amount + total.amount);
    g.processCount++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.currency.localeCompare(b.currency));
}

/** Each supplier's live award amounts per currency (suppliers told apart by the first word of their name). */
export function supplierTotals(processes: FileProcess[]) {
  const totals = new Map<string, { currency: string; amount: number; processes: Set<string> }>();
  for (const p of processes) {
    for (const a of p.awards) {
      if (VOID.has(a.status ?? '') || a.value?.amount === undefined || !a.value.currency) continue;
      for (const s of a.suppliers ?? []) {
        const key = `${(s.name ?? s.id ?? '').split(/\s+/)[0].toUpperCase()} ${a.value.currency}`;
        const t = totals.get(key) ?? { currency: a.value.currency, amount: 0, processes: new Set<string>() };
        t.amount = cents(t.amount + a.value.amount);
        t.processes.add(p.ocid);
        totals.set(key, t);
      }
    }
  }
  return [...totals.values()].map((t) => ({ currency: t.currency, amount: t.amount, processCount: t.processes.size })).sort((a, b) => b.amount - a.amount);
}
