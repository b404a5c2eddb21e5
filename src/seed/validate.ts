import type { z } from 'zod';
import {
  nodeSchemas,
  relationshipSchema,
  isRelationshipType,
  allowsRelationship,
  RELATIONSHIP_SPECS,
  PARTNER_ROLES,
  withArticle,
  type NodeType,
  type RelationshipSpec,
  type RelationshipType,
  type RelationshipRecord,
} from '../model/index.js';
import type { SeedBundle, SeedProblem, Origin } from './bundle.js';

export interface ValidNode {
  type: NodeType;
  record: Record<string, unknown> & { id: string };
}

export interface ValidRelationship {
  type: RelationshipType;
  record: RelationshipRecord;
}

export interface ValidatedBundle {
  nodes: ValidNode[];
  relationships: ValidRelationship[];
  problems: SeedProblem[];
}

/** Looks up ids already in the graph: returns the node type of each id found. */
export type ExistingLookup = (ids: string[]) => Promise<Map<string, NodeType>>;

/**
 * Checks a bundle completely before anything is written: each record's schema (types, enums,
 * dates, required fields), duplicate ids, references to ids that exist (in the bundle or the
 * graph) and whether each relationship may join those two types. Collects every problem rather
 * than stopping at the first, so one run shows the whole list.
 */
export async function validateBundle(bundle: SeedBundle, lookupExisting: ExistingLookup): Promise<ValidatedBundle> {
  const problems: SeedProblem[] = [...bundle.problems];
  const nodes: ValidNode[] = [];
  const firstSeen = new Map<string, Origin>();

  for (const { type, record, origin } of bundle.nodes) {
    const label = recordLabel(record, origin);
    const parsed = nodeSchemas[type].safeParse(record);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, origin.file, label));
      continue;
    }
    const id = parsed.data.id;
    const earlier = firstSeen.get(id);
    if (earlier) {
      problems.push({ file: origin.file, record: id, field: 'id', message: `duplicate id "${id}" (first defined in ${earlier.file}, record #${earlier.index})` });
      continue;
    }
    firstSeen.set(id, origin);
    nodes.push({ type, record: parsed.data as ValidNode['record'] });
  }

  const typeById = new Map(nodes.map((n) => [n.record.id, n.type]));
  const relationships: ValidRelationship[] = [];
  const parsedRels: { record: RelationshipRecord; origin: Origin }[] = [];
  for (const { record, origin } of bundle.relationships) {
    const parsed = relationshipSchema.safeParse(record);
    if (!parsed.success) problems.push(...issuesToProblems(parsed.error, origin.file, relationshipLabel(record, origin)));
    else parsedRels.push({ record: parsed.data, origin });
  }

  // One look-up for both checks: bundle ids already used by another type, and references to
  // ids that only the graph holds.
  const referenced = parsedRels.flatMap(({ record }) => [record.from, record.to]);
  const lookupIds = [...new Set([...typeById.keys(), ...referenced])];
  const existing = lookupIds.length > 0 ? await lookupExisting(lookupIds) : new Map<string, NodeType>();
  for (const node of nodes) {
    const graphType = existing.get(node.record.id);
    if (graphType && graphType !== node.type) {
      problems.push({ file: '(graph)', record: node.record.id, field: 'id', message: `"${node.record.id}" is already ${withArticle(graphType)} in the graph; ids are unique across types` });
    }
  }
  for (const [id, type] of existing) if (!typeById.has(id)) typeById.set(id, type);

  for (const { record, origin } of parsedRels) {
    const label = `${record.type} ${record.from} -> ${record.to}`;
    const found = checkRelationship(record, typeById);
    if (found.length > 0) problems.push(...found.map((p) => ({ file: origin.file, record: label, ...p })));
    else relationships.push({ type: record.type as RelationshipType, record });
  }
  return { nodes, relationships, problems };
}

/**
 * The rules one relationship must meet given the types of the ids it joins; shared with the
 * `connect` mutation. Returns field-named problems, empty when it is valid.
 */
export function checkRelationship(
  record: RelationshipRecord,
  typeById: Map<string, NodeType>,
): { field: string; message: string }[] {
  if (!isRelationshipType(record.type)) {
    return [{ field: 'type', message: `"${record.type}" is not a relationship type of the model` }];
  }
  const spec: RelationshipSpec = RELATIONSHIP_SPECS[record.type];
  const problems: { field: string; message: string }[] = [];
  const fromType = typeById.get(record.from);
  const toType = typeById.get(record.to);
  if (!fromType) problems.push({ field: 'from', message: `refers to "${record.from}", which does not exist` });
  if (!toType) problems.push({ field: 'to', message: `refers to "${record.to}", which does not exist` });
  if (fromType && toType && !allowsRelationship(record.type, fromType, toType)) {
    problems.push({
      field: 'type',
      message: `${record.type} cannot join ${fromType} -> ${toType}; it joins ${spec.from.join('|')} -> ${spec.to.join('|')}`,
    });
  }
  for (const prop of ['role', 'since', 'until'] as const) {
    if (record[prop] !== undefined && !spec.properties.includes(prop)) {
      problems.push({ field: prop, message: `${record.type} has no property ${prop}` });
    }
  }
  if (spec.roleIsPartnerRole && record.role === undefined) {
    problems.push({ field: 'role', message: `is required for ${record.type}: one of ${PARTNER_ROLES.join(', ')}` });
  } else if (spec.roleIsPartnerRole && !(PARTNER_ROLES as readonly string[]).includes(record.role!)) {
    problems.push({ field: 'role', message: `"${record.role}" is not one of ${PARTNER_ROLES.join(', ')}` });
  }
  if (record.since && record.until && record.until < record.since) {
    problems.push({ field: 'until', message: `${record.until} is before since ${record.since}` });
  }
  return problems;
}

function recordLabel(record: unknown, origin: Origin): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${origin.index}`;
}

function relationshipLabel(record: unknown, origin: Origin): string {
  const r = (record ?? {}) as Record<string, unknown>;
  return typeof r.type === 'string' && typeof r.from === 'string' && typeof r.to === 'string' ? `${r.type} ${r.from} -> ${r.to}` : `#${origin.index}`;
}

function issuesToProblems(error: z.ZodError, file: string, record: string): SeedProblem[] {
  return error.issues.flatMap(unionBranchIssues).map((issue) => {
    const path = issue.path.join('.');
    // An unknown field has no path of its own: name the field itself.
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', ') : undefined;
    return { file, record, field: unknown ?? (path || undefined), message: unknown ? 'is not a field of this kind of record' : issue.message };
  });
}

/**
 * A value that matches no member of a union (a source is a string or a structured citation)
 * fails with one issue holding every member's issues. A person needs the issues of the member
 * the value was meant to be: the first whose type it has (no type mismatch at its own path),
 * each with the full path (`sources.0.published`). Other issues pass through.
 */
export function unionBranchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const typeMatches = (branch: z.core.$ZodIssue[]) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  const branch = issue.errors.find(typeMatches);
  if (!branch) return [{ ...issue, message: 'is neither a string nor a structured source' } as z.core.$ZodIssue];
  return branch.flatMap((i) => unionBranchIssues({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
}

/** One problem as a line a person can act on: `seeds/x.yaml, record hivos, field kind: ...`. */
export function formatProblem(p: SeedProblem): string {
  return [p.file, p.record && `record ${p.record}`, p.field && `field ${p.field}`].filter(Boolean).join(', ') + `: ${p.message}`;
}
