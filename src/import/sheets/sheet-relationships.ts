import { PARTNER_ROLES, allowsRelationship, relationshipSchema } from '../../model/index.js';
import { readNodes, readRelationships, relationshipKey, type Run } from '../graph-state.repository.js';
import { withDataset, type DesiredRelationship } from '../plan.js';
import type { Problem } from '../problems.js';
import type { ConnectionDraft } from './elements.js';
import type { Target } from './sheet-nodes.js';

type Resolved = { id: string; type: string };

/** Each end a connection names, as a node: an element of the files (by id, key or label), else a node of the graph by id. */
async function resolveEnds(run: Run, connections: ConnectionDraft[], byRef: Map<string, Target>): Promise<Map<string, Resolved | null | undefined>> {
  const ends = new Map<string, Resolved | null | undefined>();
  const outside = [...new Set(connections.flatMap((c) => [c.from, c.to]))].filter((ref) => !byRef.has(ref));
  const stored = await readNodes(run, outside);
  for (const [ref, target] of byRef) ends.set(ref, target);
  for (const ref of outside) {
    const node = stored.get(ref);
    ends.set(ref, node ? { id: node.id, type: node.labels.find((l) => l !== 'Entity')! } : undefined);
  }
  return ends;
}

function endProblem(c: ConnectionDraft, field: 'from' | 'to', ref: string, end: Resolved | null | undefined): Problem | null {
  if (end === undefined) return { file: c.file, at: c.at, field, message: `"${ref}" is no element of the files and no node of the graph` };
  if (end === null) return { file: c.file, at: c.at, field, message: `"${ref}" names two different elements: connect them by id` };
  return null;
}

/** The connection's record checked by the model: its ends' types, PARTNER_IN's role, each property's form. */
function check(c: ConnectionDraft, from: Resolved, to: Resolved, props: Record<string, unknown>): Problem[] {
  const at = { file: c.file, at: c.at };
  if (!allowsRelationship(c.type, from.type as never, to.type as never)) return [{ ...at, field: 'type', message: `${c.type} cannot join a ${from.type} ("${from.id}") to a ${to.type} ("${to.id}")` }];
  if (c.type === 'PARTNER_IN' && props.role !== undefined && !(PARTNER_ROLES as readonly unknown[]).includes(props.role)) {
    return [{ ...at, field: 'role', message: `"${props.role}" is not a partner role (one of ${PARTNER_ROLES.join(', ')})` }];
  }
  const checked = relationshipSchema.safeParse({ type: c.type, from: from.id, to: to.id, ...props });
  return checked.success ? [] : checked.error.issues.map((i) => ({ ...at, field: i.path.join('.') || null, message: i.message }));
}

/**
 * The relationships the connections ask for, each checked against the model; a stored one keeps
 * its other properties and gains the dataset. The same connection twice is one relationship (the
 * later row's properties win). Reads only.
 */
export async function resolveRelationships(
  run: Run,
  connections: ConnectionDraft[],
  byRef: Map<string, Target>,
  datasetId: string,
  problems: Problem[],
): Promise<{ relationships: DesiredRelationship[]; stored: Map<string, Record<string, unknown>> }> {
  const ends = await resolveEnds(run, connections, byRef);
  const wanted = new Map<string, DesiredRelationship>();
  for (const c of connections) {
    const from = ends.get(c.from);
    const to = ends.get(c.to);
    const bad = [endProblem(c, 'from', c.from, from), endProblem(c, 'to', c.to, to)].filter((p): p is Problem => p !== null);
    if (bad.length > 0 || !from || !to) {
      problems.push(...bad);
      continue;
    }
    const props = { ...c.props, sources: (c.props.sources as string[] | undefined) ?? [c.file] };
    const found = check(c, from, to, props);
    if (found.length > 0) problems.push(...found);
    else wanted.set(relationshipKey(c.type, from.id, to.id), { type: c.type, from: from.id, to: to.id, props });
  }
  const stored = await readRelationships(run, [...wanted.values()]);
  const relationships = [...wanted.entries()].map(([key, r]) => {
    const old = stored.get(key);
    return { ...r, props: { ...old, ...r.props, datasetIds: withDataset(old?.datasetIds, datasetId) } };
  });
  return { relationships, stored };
}
