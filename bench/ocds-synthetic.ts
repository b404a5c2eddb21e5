import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

/**
 * Deterministic synthetic OCDS for the import benchmark (clearly fake: `ocds-synth-` ocids,
 * `Synthetic` names, RFC-shaped identifiers that belong to no one). Each process has a tender
 * release and, a year later, an award release, so merging by ocid is exercised; buyers and
 * suppliers recur across processes, written with and without legal forms, in upper and lower
 * case, sometimes truncated, so matching is exercised too.
 */
export interface SyntheticShape {
  releases: number;
  buyers: number;
  suppliers: number;
}

/** A small deterministic generator (mulberry32): the same seed, the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rfc = (prefix: string, n: number) => `${prefix}${String(n % 1_000_000).padStart(6, '0')}AB${n % 10}`;
const SPELLINGS = [(n: string) => `${n} SA DE CV`, (n: string) => `${n} S.A. de C.V.`, (n: string) => `${n.toUpperCase()} SA DE C`, (n: string) => n];

function party(kind: 'buyer' | 'supplier', n: number, rnd: () => number) {
  const base = kind === 'buyer' ? `Synthetic Municipality ${n}` : `Synthetic Supplier ${n}`;
  const name = kind === 'buyer' ? base : SPELLINGS[Math.floor(rnd() * SPELLINGS.length)](base);
  const id = kind === 'buyer' ? rfc('SMU', n) : rfc('SSU', n);
  return { id, name, identifier: { scheme: 'MX-RFC', id, legalName: name }, address: { countryName: 'MX' }, roles: [kind] };
}

/** One process's releases: a tender and, from the second release on, an award. */
function releasesOf(process: number, count: number, shape: SyntheticShape, rnd: () => number): object[] {
  const ocid = `ocds-synth-${String(process).padStart(7, '0')}`;
  const buyer = party('buyer', Math.floor(rnd() * shape.buyers), rnd);
  const supplier = party('supplier', Math.floor(rnd() * shape.suppliers), rnd);
  const tender = { id: `${ocid}-tender`, title: `Synthetic purchase ${process}`, procurementMethod: rnd() < 0.5 ? 'open' : 'direct', mainProcurementCategory: 'goods', tenderPeriod: { startDate: '2020-01-01T00:00:00Z' } };
  const out: object[] = [{ ocid, id: `${ocid}-01`, date: '2020-01-01T00:00:00Z', tag: ['tender'], parties: [buyer], buyer: { id: buyer.id, name: buyer.name }, tender }];
  if (count > 1) {
    const award = { id: `${ocid}-award`, status: 'active', date: '2021-01-01T00:00:00Z', value: { amount: Math.round(rnd() * 1e6) / 100, currency: 'MXN' }, suppliers: [{ id: supplier.id, name: supplier.name }] };
    out.push({ ocid, id: `${ocid}-02`, date: '2021-01-01T00:00:00Z', tag: ['award'], parties: [buyer, supplier], buyer: { id: buyer.id, name: buyer.name }, tender: { ...tender, status: 'complete' }, awards: [award] });
  }
  return out;
}

/** Writes `shape.releases` releases as gzipped JSON Lines to `file`, streaming (memory stays flat). */
export async function writeSyntheticOcds(file: string, shape: SyntheticShape, seed = 19): Promise<void> {
  const rnd = random(seed);
  const gzip = createGzip();
  const done = once(gzip.pipe(createWriteStream(file)), 'finish');
  let written = 0;
  for (let p = 0; written < shape.releases; p++) {
    for (const release of releasesOf(p, Math.min(2, shape.releases - written), shape, rnd)) {
      if (!gzip.write(`${JSON.stringify(release)}\n`)) await once(gzip, 'drain');
      written++;
    }
  }
  gzip.end();
  await done;
}
