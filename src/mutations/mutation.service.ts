import type { z } from 'zod';
import { nodeSchemas, slugify, isAcyclic, LABEL_PROPERTY, SOURCE_DETAILS, RELATIONSHIP_SPECS, relationshipSchema, type NodeType, type RelationshipType } from '../model/index.js';
import type { Context } from '../context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors.js';
import { assertCanWrite } from '../auth/policy.js';
import { auditedNode, recordChange } from './audit.trail.js';
import { findReservingDeletion } from '../graph/audit.repository.js';
import { checkRelationship } from '../seed/validate.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import type { NodeRow } from '../graph/node.repository.js';
import * as repo from '../graph/mutation.repository.js';
import { findCycle, lockHierarchy } from '../graph/integrity.repository.js';

/** Fields the server keeps; never part of a record a client sends. */
const SERVER_FIELDS = ['__type', 'label', 'createdAt', 'updatedAt', 'createdBy', 'ownerOrg'];

/** The client-editable record of a stored node (server fields left out). */
export function toRecord(row: Record<string, unknown>): Record<string, unknown> {
  const record = Object.fromEntries(Object.entries(row).filter(([k]) => !SERVER_FIELDS.includes(k) && k !== SOURCE_DETAILS));
  // Structured sources are stored beside their strings (codec.ts): the record holds the structure.
  if (typeof row[SOURCE_DETAILS] === 'string') record.sources = JSON.parse(row[SOURCE_DETAILS]);
  return record;
}

/** The input's given fields: undefined and null ones dropped (a create has nothing to clear). */
function withoutEmpty(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
}

/** Validates a whole record against the model; BAD_USER_INPUT naming the first bad field (as `input.<field>`). */
export function validateRecord(type: NodeType, record: Record<string, unknown>): Record<string, unknown> {
  const parsed = nodeSchemas[type].safeParse(record);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  throw issueToError(parsed.error.issues[0]);
}

function issueToError(issue: z.core.$ZodIssue): BadUserInputError {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return new BadUserInputError(`input.${issue.keys[0]}`, 'is not a field of this record');
  return new BadUserInputError(path ? `input.${path}` : 'input', issue.message);
}

/** Runs one mutation in one transaction and empties the request's loader caches after it. */
export async function inWriteTransaction<T>(ctx: Context, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  try {
    return await ctx.executor.write(work);
  } finally {
    ctx.loaders.clearAll();
  }
}

/**
 * Creates a node of `type`; CONFLICT when the id is taken (by any type), or still held by a deleted
 * node (until an admin restores or purges it: otherwise whoever re-creates the id would take the
 * deleted node's place, and restoreNode could never bring it back).
 */
export async function createEntity(ctx: Context, type: NodeType, input: object): Promise<NodeRow> {
  const fields = withoutEmpty(input);
  const label = fields[LABEL_PROPERTY[type]];
  const record = validateRecord(type, { ...fields, id: fields.id ?? (typeof label === 'string' ? slugify(label) : undefined) });
  const id = record.id as string;
  return inWriteTransaction(ctx, async (tx) => {
    await assertCanWrite(ctx, tx, { action: 'create', type, id });
    const existing = await repo.findNodeForUpdate(tx, id);
    if (existing) throw new ConflictError(`id "${id}" is already used by the ${existing.__type} "${existing.label}"`, { field: 'input.id' });
    const deletion = await findReservingDeletion(tx, id);
    if (deletion) {
      throw new ConflictError(`id "${id}" belonged to a deleted ${deletion.nodeType} and stays reserved until an admin restores it (restoreNode) or purges it (purgeDeletedNode)`, {
        field: 'input.id',
        auditEntryId: deletion.id,
      });
    }
    const created = await repo.createNode(tx, type, record, { createdBy: ctx.user?.subject, ownerOrg: ctx.user?.organisationId });
    await recordChange(ctx, tx, { action: 'CREATE', nodeType: type, nodeId: id, after: auditedNode(created) });
    return created;
  });
}

/** Changes the given fields of a node (null clears an optional field); NOT_FOUND unless it exists as `type`. */
export async function updateEntity(ctx: Context, type: NodeType, id: string, input: object): Promise<NodeRow> {
  return inWriteTransaction(ctx, async (tx) => {
    const existing = await repo.findNodeForUpdate(tx, id);
    if (!existing || existing.__type !== type) throw new NotFoundError(type, id);
    await assertCanWrite(ctx, tx, { action: 'update', type, id });
    const merged: Record<string, unknown> = { ...toRecord(existing) };
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const updated = await repo.replaceNode(tx, type, validateRecord(type, merged));
    await recordChange(ctx, tx, { action: 'UPDATE', nodeType: type, nodeId: id, before: auditedNode(existing), after: auditedNode(updated) });
    return updated;
  });
}

/** Deletes a node and its relationships; NOT_FOUND unless it exists as `type`. Returns what was deleted. */
export async function deleteEntity(ctx: Context, type: NodeType, id: string): Promise<NodeRow> {
  return inWriteTransaction(ctx, async (tx) => {
    const existing = await repo.findNodeForUpdate(tx, id);
    if (!existing || existing.__type !== type) throw new NotFoundError(type, id);
    await assertCanWrite(ctx, tx, { action: 'delete', type, id });
    const relationships = await repo.deleteNode(tx, id);
    await recordChange(ctx, tx, { action: 'DELETE', nodeType: type, nodeId: id, before: auditedNode(existing), relationships });
    return existing;
  });
}

export interface ConnectInput {
  type: RelationshipType;
  from: string;
  to: string;
  role?: string | null;
  since?: string | null;
  until?: string | null;
  sources?: string[] | null;
}

/** Creates (or replaces the properties of) a relationship, checked against the model. */
export async function connect(ctx: Context, input: ConnectInput) {
  const parsed = relationshipSchema.safeParse(withoutEmpty(input));
  if (!parsed.success) throw issueToError(parsed.error.issues[0]);
  const record = parsed.data;
  return inWriteTransaction(ctx, async (tx) => {
    const [from, to] = await Promise.all([repo.findNodeForUpdate(tx, record.from), repo.findNodeForUpdate(tx, record.to)]);
    if (!from) throw new NotFoundError('node', record.from);
    if (!to) throw new NotFoundError('node', record.to);
    const problems = checkRelationship(record, new Map([[from.id, from.__type], [to.id, to.__type]]));
    if (problems.length > 0) throw new BadUserInputError(`input.${problems[0].field}`, problems[0].message);
    await assertCanWrite(ctx, tx, { action: 'connect', relationship: input.type, from: from.id, to: to.id });
    if (isAcyclic(input.type)) await assertNoCycle(tx, input.type, from.id, to.id);
    const { type: _t, from: _f, to: _to, ...props } = record;
    const previous = await repo.findRelationship(tx, input.type, from.id, to.id);
    const rel = await repo.mergeRelationship(tx, input.type, from.id, to.id, props);
    await recordChange(ctx, tx, { action: 'CONNECT', nodeType: from.__type, nodeId: from.id, targetId: to.id, before: previous?.props ?? null, after: rel.props, relationships: [rel] });
    return { ...rel, ...rel.props, fromNode: from, toNode: to };
  });
}

/**
 * BAD_USER_INPUT naming the cycle (message, and `extensions.cycle`: the ids along it) when a
 * `type` edge from `from` to `to` would close one. Takes the hierarchy's lock first
 * (integrity.repository.ts), so a concurrent connect cannot close a cycle this check did not see;
 * call it in the write's own transaction.
 */
async function assertNoCycle(tx: WriteTransaction, type: RelationshipType, from: string, to: string): Promise<void> {
  await lockHierarchy(tx, type);
  const cycle = await findCycle(tx, type, from, to);
  if (!cycle) return;
  const error = new BadUserInputError('input.to', `${type} from "${from}" to "${to}" would close a cycle: ${cycle.join(' -> ')}`);
  Object.assign(error.extensions, { cycle });
  throw error;
}

/** Removes a relationship; NOT_FOUND when there is none of that type between the two nodes. */
export async function disconnect(ctx: Context, type: RelationshipType, from: string, to: string): Promise<boolean> {
  if (!(type in RELATIONSHIP_SPECS)) throw new BadUserInputError('type', `"${type}" is not a relationship type`);
  return inWriteTransaction(ctx, async (tx) => {
    await assertCanWrite(ctx, tx, { action: 'disconnect', relationship: type, from, to });
    const [existing, start] = await Promise.all([repo.findRelationship(tx, type, from, to), repo.findNodeForUpdate(tx, from)]);
    if (!existing || !start) throw new NotFoundError(`${type} relationship from`, `${from}" to "${to}`);
    await repo.deleteRelationship(tx, type, from, to);
    await recordChange(ctx, tx, { action: 'DISCONNECT', nodeType: start.__type, nodeId: from, targetId: to, before: existing.props, relationships: [existing] });
    return true;
  });
}
