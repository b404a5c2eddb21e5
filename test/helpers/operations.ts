import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { REPO_ROOT } from '../../src/paths.js';

/** Operation documents with just the fragments each uses, from a folder of .graphql files. */
export function operationsIn(dir: string): { name: string; query: string }[] {
  const definitions: DefinitionNode[] = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')).definitions);
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const used = (node: DefinitionNode, seen = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread: (spread) => {
        if (seen.has(spread.name.value)) return;
        seen.add(spread.name.value);
        used(fragments.get(spread.name.value)!, seen);
      },
    });
    return seen;
  };
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => ({ name: op.name!.value, query: [op, ...[...used(op)].map((n) => fragments.get(n)!)].map(print).join('\n') }));
}

/** The explorer's own operations (explorer/src/operations). */
export const explorerOperations = () => operationsIn(path.join(REPO_ROOT, 'explorer', 'src', 'operations'));

/** The variables the explorer sends with each operation, the largest of each kind included. */
export const EXPLORER_VARIABLES: Record<string, Record<string, unknown>[]> = {
  ExplorerNetwork: [{ filter: null }, { filter: { limit: 10_000, includeSynthetic: true } }],
  ExplorerNeighbourhood: [
    { id: 'loci', depth: 1, limit: 100 },
    { id: 'loci', depth: 2, limit: 40 },
    { id: 'loci', depth: 3, limit: 15 },
  ],
  ExplorerDetails: [{ id: 'loci', withPeers: true }, { id: 'hivos', withPeers: false }],
  ExplorerPath: [{ from: 'hivos', to: 'ottawa' }],
  ExplorerSearch: [{ text: 'open contracting', first: 30 }],
  ExplorerPeers: [{ initiativeId: 'kaduna-open-contracting', first: 10, filter: { excludePlace: 'africa', levels: ['SUBNATIONAL'], themes: ['ocds'] } }],
  ExplorerAdvice: [{ problem: 'procurement officials resist change', first: 10, from: 'daniel-dietrich' }],
  ExplorerMapPlaces: [{ after: null }],
  ExplorerContracting: [{ id: 'hivos', first: 5 }],
  ExplorerDatasets: [{ first: 100 }],
};
