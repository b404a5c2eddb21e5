import { printSubgraphSchema } from '@apollo/subgraph';
import { buildLociSchema } from './schema.js';

/** The SDL committed as schema/schema.graphql: the subgraph schema with its federation directives. */
export async function printLociSchema(): Promise<string> {
  const sdl = printSubgraphSchema(await buildLociSchema());
  return `# Emitted from the code by \`npm run schema:emit\`; do not edit by hand (a test fails when it drifts).\n\n${sdl}\n`;
}
