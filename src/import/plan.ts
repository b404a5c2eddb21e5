import { toNodeProperties, type NodeType, type RelationshipType } from '../model/index.js';
import type { StoredNode } from './graph-state.repository.js';
import type { Ambiguity, Merge } from './match.js';
import type { Problem } from './problems.js';

/** A node the import wants: its whole record (as validated: JSON fields as objects), datasetIds included. */
export interface DesiredNode {
  type: NodeType;
  id: string;
  record: Record<string, unknown>;
}

/** A relationship the import wants, with its whole property map (datasetIds included). */
export interface DesiredRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export type ChangeKind = 'created' | 'updated' | 'unchanged';

/** A node of the plan: its stored properties to write, and, when it existed before this dataset touched it, how it was. */
export interface NodeChange {
  type: NodeType;
  id: string;
  kind: ChangeKind;
  props: Record<string, unknown>;
  before?: StoredNode;
}

export interface RelationshipChange {
  type: RelationshipType;
  from: string;
  to: string;
  kind: ChangeKind;
  props: Record<string, unknown>;
  before?: Record<string, unknown>;
}

export interface Counts {
  created: number;
  matched: number;
  updated: number;
  unchanged: number;
}

/** What an import will do, before it does it (--dry-run prints it). */
export interface ImportPlan {
  nodes: NodeChange[];
  relationships: RelationshipChange[];
  /** Per node type, and per relationship type. */
  counts: Record<string, Counts>;
  merges: Merge[];
  ambiguities: Ambiguity[];
  warnings: Problem[];
}

/** Values compared as stored: JSON with sorted keys, so property order never reads as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The union of two lists of dataset ids, sorted. */
export function withDataset(ids: unknown, datasetId: string): string[] {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  return [...new Set([...list, datasetId])].sort();
}

function count(counts: Record<string, Counts>, type: string, kind: ChangeKind): void {
  const c = (counts[type] ??= { created: 0, matched: 0, updated: 0, unchanged: 0 });
  if (kind === 'created') c.created++;
  else {
    c.matched++;
    c[kind]++;
  }
}

/**
 * Compares what the import wants with what is stored. A node or relationship that existed before
 * `datasetId` first touched it keeps a before-image when it changes, so removing the dataset
 * restores it exactly.
 */
export function diffNodes(desired: DesiredNode[], stored: Map<string, StoredNode>, datasetId: string, counts: Record<string, Counts>): NodeChange[] {
  return desired.map((d) => {
    const props = toNodeProperties(d.type, d.record);
    const old = stored.get(d.id);
    const kind: ChangeKind = !old ? 'created' : canonical(old.props) === canonical(props) ? 'unchanged' : 'updated';
    count(counts, d.type, kind);
    const firstTouch = old && !(Array.isArray(old.props.datasetIds) && (old.props.datasetIds as string[]).includes(datasetId));
    return { type: d.type, id: d.id, kind, props, ...(kind === 'updated' && firstTouch ? { before: old } : {}) };
  });
}

/** diffNodes for relationships, keyed by relationshipKey. */
export function diffRelationships(
  desired: DesiredRelationship[],
  stored: Map<string, Record<string, unknown>>,
  datasetId: string,
  counts: Record<string, Counts>,
): RelationshipChange[] {
  return desired.map((d) => {
    const old = stored.get(`${d.type} ${d.from} ${d.to}`);
    const props = old ? { ...d.props, datasetIds: withDataset(old.datasetIds, datasetId) } : d.props;
    const kind: ChangeKind = !old ? 'created' : canonical(old) === canonical(props) ? 'unchanged' : 'updated';
    count(counts, d.type, kind);
    const firstTouch = old && !(Array.isArray(old.datasetIds) && (old.datasetIds as string[]).includes(datasetId));
    return { type: d.type, from: d.from, to: d.to, kind, props, ...(kind === 'updated' && firstTouch ? { before: old } : {}) };
  });
}
