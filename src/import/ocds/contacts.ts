import { nodeSchemas, slugify, toStoredRecord } from '../../model/index.js';
import { readNodes, type Run } from '../graph-state.repository.js';
import type { OrganisationEntry } from '../match.js';
import { withDataset, type DesiredNode, type DesiredRelationship } from '../plan.js';
import type { Problem } from '../problems.js';

/**
 * `--contacts`: the names of the parties' contact points as people. OCDS contact points name
 * officials with their e-mail and telephone; only the name is taken, the person is never public
 * (`public: false`), and works at the party's organisation. Without the flag none is imported.
 */
export async function planContacts(run: Run, entries: OrganisationEntry[], sources: Map<OrganisationEntry, string[]>, datasetId: string, warnings: Problem[]): Promise<{ nodes: DesiredNode[]; rels: DesiredRelationship[] }> {
  const people = entries.flatMap((entry) => [...new Set(entry.drafts.flatMap((d) => [...d.contacts]))].map((name) => ({ entry, name, id: slugify(`${name} ${entry.id}`) })));
  const stored = await readNodes(run, people.map((p) => p.id));
  const nodes = new Map<string, DesiredNode>();
  const rels: DesiredRelationship[] = [];
  for (const { entry, name, id } of people) {
    const old = stored.get(id);
    const orgSources = sources.get(entry) ?? [];
    const record = old
      ? { ...toStoredRecord('Actor', old.props), datasetIds: withDataset(old.props.datasetIds, datasetId) }
      : { id, name, public: false, sources: orgSources.length ? orgSources.slice(0, 5) : [`contact point of ${entry.name}`], datasetIds: [datasetId] };
    if (old && !old.labels.includes('Actor')) continue;
    const checked = nodeSchemas.Actor.safeParse(record);
    if (!checked.success) {
      warnings.push({ file: entry.name, at: null, field: 'contactPoint.name', message: `"${name}" is not imported: ${checked.error.issues[0]?.message}` });
      continue;
    }
    nodes.set(id, { type: 'Actor', id, record });
    rels.push({ type: 'WORKS_AT', from: id, to: entry.id, props: { sources: record.sources as string[], datasetIds: [datasetId] } });
  }
  return { nodes: [...nodes.values()], rels };
}
