import { parseArgs } from 'node:util';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';

/**
 * `npm run supergraph -- --subgraph loci=http://localhost:4000/graphql --subgraph other=http://...`
 * Fetches each subgraph's SDL (`{ _service { sdl } }`), composes them (MIT composition library,
 * the same rules as Apollo's) and prints the supergraph SDL, ready for Apollo Router or Hive
 * Gateway. Composition errors are listed and the exit code is 1.
 */
const { values } = parseArgs({ options: { subgraph: { type: 'string', multiple: true, default: [] } } });

const subgraphs = values.subgraph!.map((spec) => {
  const match = /^([A-Za-z][\w-]*)=(https?:\/\/.+)$/.exec(spec);
  if (!match) {
    console.error(`--subgraph must be name=url, e.g. loci=http://localhost:4000/graphql (got "${spec}")`);
    process.exit(2);
  }
  return { name: match[1], url: match[2] };
});
if (subgraphs.length === 0) {
  console.error('usage: npm run supergraph -- --subgraph name=url [--subgraph name=url ...]');
  process.exit(2);
}

async function fetchSdl(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    // A preflighted content type: passes Apollo Server's CSRF prevention.
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await res.json()) as { data?: { _service?: { sdl?: string } }; errors?: { message: string }[] };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${url} did not return its SDL: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`}`);
  return sdl;
}

try {
  const services = await Promise.all(subgraphs.map(async (s) => ({ name: s.name, url: s.url, typeDefs: parse(await fetchSdl(s.url)) })));
  const result = composeServices(services);
  if (result.errors) {
    console.error(`Composition failed with ${result.errors.length} error(s):`);
    for (const error of result.errors) console.error(`  - ${error.extensions?.code ? `[${error.extensions.code}] ` : ''}${error.message}`);
    process.exit(1);
  }
  console.log(result.supergraphSdl);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
