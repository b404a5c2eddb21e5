import type { Fixtures, Operation, SystemName } from './operations/index.js';

/** One HTTP request of an operation to one system, as the load generator and the checks send it. */
export interface HttpRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** A system's answer to one request: canonical, with the database statements it cost. */
export interface Answer {
  answer: unknown;
  roundTrips: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The request `system` is sent for `op`; null when the system cannot express the operation. */
export function toHttpRequest(system: SystemName, op: Operation, f: Fixtures): HttpRequest | null {
  if (system === 'driver') return op.driver ? { path: `/op/${op.name}`, headers: JSON_HEADERS, body: JSON.stringify(op.driver(f)) } : null;
  const build = system === 'neo4jGraphql' ? op.neo4jGraphql : op.loci;
  return build ? { path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify(build(f)) } : null;
}

/**
 * Sends one request and returns the canonical answer and its round trips: LOCI reports them in
 * `extensions.db.roundTrips` when asked with `x-loci-debug: 1`; the two bench servers in the
 * `x-db-round-trips` header. Throws on an HTTP error or a GraphQL error, naming the system.
 */
export async function ask(system: SystemName, baseUrl: string, op: Operation, f: Fixtures): Promise<Answer> {
  const request = toHttpRequest(system, op, f);
  if (!request) throw new Error(`${system} cannot express ${op.name}`);
  const isLoci = system === 'loci' || system === 'lociBaseline';
  const headers = isLoci ? { ...request.headers, 'x-loci-debug': '1' } : request.headers;
  const res = await fetch(baseUrl + request.path, { method: 'POST', headers, body: request.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${system} ${op.name}: HTTP ${res.status} ${text.slice(0, 500)}`);
  const body = JSON.parse(text);
  if (system === 'driver') return { answer: op.normalise.driver!(body), roundTrips: Number(res.headers.get('x-db-round-trips')) };
  if (body.errors?.length) throw new Error(`${system} ${op.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  const normalise = isLoci ? op.normalise.loci : op.normalise.neo4jGraphql!;
  const roundTrips = isLoci ? body.extensions?.db?.roundTrips : Number(res.headers.get('x-db-round-trips'));
  return { answer: normalise(body.data), roundTrips };
}
