import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { cypherNodeProperties, toNodeRow, type NodeRow } from '../graph/node.repository.js';

/** Which contracting processes a summary covers: those of an initiative, of a buyer, of both, or all. */
export interface ContractingScope {
  initiative: string | null;
  buyer: string | null;
}

/** Awarded value of the processes in one currency and year. */
export interface AwardedTotalRow {
  currency: string;
  /** Year of the process's latest award; null when its awards give no date. */
  year: number | null;
  amount: number;
  processCount: number;
}

export interface SupplierTotalRow {
  organisation: NodeRow;
  currency: string;
  amount: number;
  processCount: number;
}

/**
 * The MATCH that binds `p` to the processes in scope. Fixed text chosen by which ids are given
 * (the ids themselves are parameters): starting from the initiative or the buyer, a summary reads
 * their processes only, not every process in the graph.
 */
function scopeMatch(scope: ContractingScope): string {
  if (scope.buyer && scope.initiative) return 'MATCH (:Organisation {id: $buyer})-[:BUYER_OF]->(p:ContractingProcess)-[:PART_OF]->(:Initiative {id: $initiative})';
  if (scope.buyer) return 'MATCH (:Organisation {id: $buyer})-[:BUYER_OF]->(p:ContractingProcess)';
  if (scope.initiative) return 'MATCH (p:ContractingProcess)-[:PART_OF]->(:Initiative {id: $initiative})';
  return 'MATCH (p:ContractingProcess)';
}

/** Sums of decimal amounts without float dust, as the importer rounds them (cents). */
const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * How many processes the scope holds, and their awarded values by currency and year: each
 * process counts once, with its `awardedAmount` in its `awardedCurrency` (its awards in its main
 * currency, as the importer sums them), in the year of its latest award (AWARDED `date`). One
 * round trip. Groups by year ascending (undated last), then currency.
 */
export async function summariseContracting(executor: Executor, scope: ContractingScope): Promise<{ processCount: number; awarded: AwardedTotalRow[] }> {
  const rows = await executor.read(
    `${scopeMatch(scope)}
     WITH DISTINCT p
     WITH p, CASE WHEN p.awardedAmount IS NULL THEN null ELSE
       COLLECT { MATCH (p)<-[r:AWARDED]-() WHERE r.date IS NOT NULL RETURN toInteger(left(toString(r.date), 4)) AS y ORDER BY y DESC LIMIT 1 }[0] END AS year
     RETURN p.awardedCurrency AS currency, year, sum(p.awardedAmount) AS amount, count(p) AS processes`,
    { initiative: scope.initiative, buyer: scope.buyer },
  );
  const awarded = rows
    .filter((r) => r.currency !== null && r.currency !== undefined)
    .map((r) => ({ currency: r.currency as string, year: (r.year as number | null) ?? null, amount: cents(Number(r.amount)), processCount: Number(r.processes) }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.currency.localeCompare(b.currency));
  return { processCount: rows.reduce((n, r) => n + Number(r.processes), 0), awarded };
}

/**
 * The suppliers awarded most in the scope's processes: the sum of their AWARDED amounts per
 * currency (one row per supplier and currency; only `currency` when given), largest first, ties
 * by organisation id, at most `first`. One round trip; the organisations are read whole.
 */
export async function findTopSuppliers(executor: Executor, scope: ContractingScope, first: number, currency: string | null): Promise<SupplierTotalRow[]> {
  const rows = await executor.read(
    `${scopeMatch(scope)}
     WITH DISTINCT p
     MATCH (s:Organisation)-[r:AWARDED]->(p)
     WHERE r.amount IS NOT NULL AND r.currency IS NOT NULL AND ($currency IS NULL OR r.currency = $currency)
     WITH s, r.currency AS currency, sum(r.amount) AS amount, count(DISTINCT p) AS processes
     ORDER BY amount DESC, s.id ASC LIMIT $first
     RETURN ${cypherNodeProperties('s')} AS organisation, currency, amount, processes`,
    { initiative: scope.initiative, buyer: scope.buyer, currency, first: int(first) },
  );
  return rows.map((r) => ({
    organisation: toNodeRow('Organisation', r.organisation as Record<string, unknown>),
    currency: r.currency as string,
    amount: cents(Number(r.amount)),
    processCount: Number(r.processes),
  }));
}

/** Which of the scope's ids name no node of their type: the arguments to refuse. */
export async function findMissingScopeIds(executor: Executor, scope: ContractingScope): Promise<{ initiative: boolean; buyer: boolean }> {
  const [row] = await executor.read(
    `RETURN $initiative IS NOT NULL AND NOT EXISTS { MATCH (:Initiative {id: $initiative}) } AS initiative,
            $buyer IS NOT NULL AND NOT EXISTS { MATCH (:Organisation {id: $buyer}) } AS buyer`,
    { initiative: scope.initiative, buyer: scope.buyer },
  );
  return { initiative: Boolean(row?.initiative), buyer: Boolean(row?.buyer) };
}
