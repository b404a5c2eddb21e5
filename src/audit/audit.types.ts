import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../graphql/connection.js';
import { Node } from '../graphql/node.interface.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { NodeRow } from '../graph/node.repository.js';
import { AUDIT_ACTIONS, type AuditAction } from '../graph/audit.repository.js';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as { [K in AuditAction]: K };
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What a mutation did.' });

@ObjectType({ simpleResolvers: true, description: 'One recorded mutation: who, when, what, and the record before and after. Admins only.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed (its transaction).' })
  at!: string;

  @Field(() => String, { nullable: true, description: "The token subject of who made the change." })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: 'Their role: editor or admin.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation an editor acted for.' })
  org!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The id the server gave the HTTP request, to match server logs (their serverRequestId, or requestId when the client sent no x-request-id). Never chosen by the client.',
  })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: "The client's own x-request-id, when it sent one: what the client may quote, kept beside the server's id." })
  clientRequestId!: string | null;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => String, { description: 'The node type (for CONNECT and DISCONNECT: of the start node).' })
  nodeType!: string;

  @Field(() => ID, { description: 'The node changed (for CONNECT and DISCONNECT: the start node).' })
  nodeId!: string;

  @Field(() => ID, { nullable: true, description: 'For CONNECT and DISCONNECT: the end node.' })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON: the node (or relationship properties) before the change.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON: the node (or relationship properties) after the change.' })
  after!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON: the relationships a DELETE removed with the node ({type, from, to, props}), or those a CONNECT or RESTORE wrote.' })
  relationships!: string | null;

  @Field(() => ID, { nullable: true, description: 'For RESTORE: the DELETE entry it restored from; for PURGE: the DELETE entry whose id it released.' })
  restoredFrom!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'An audit entry in a page, with its cursor.' })
export class AuditEntryEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditEntry;
}

@ObjectType({ simpleResolvers: true, description: 'A page of audit entries, newest first.' })
export class AuditEntryConnection {
  @Field(() => Int, { description: 'How many entries match the filter, across all pages.' })
  totalCount!: number;

  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType({ description: 'Which audit entries to list; every given field must match.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Entries about this node (either end of a relationship).' })
  nodeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries by this token subject.' })
  actor?: string | null;

  @Field(() => AuditActionEnum, { nullable: true })
  action?: AuditAction | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries at or after this instant.' })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Entries at or before this instant.' })
  to?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A node brought back from its DELETE audit entry.' })
export class RestoredNode {
  @Field(() => Node)
  node!: NodeRow;

  @Field(() => Int, { description: 'Relationships written back.' })
  restoredRelationships!: number;

  @Field(() => Int, { description: 'Relationships left out because their other end no longer exists.' })
  skippedRelationships!: number;

  @Field(() => ID, { description: 'The RESTORE entry that records this.' })
  auditEntryId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A deleted node purged: its id is free again.' })
export class PurgedNode {
  @Field(() => ID, { description: 'The id released.' })
  id!: string;

  @Field(() => String, { description: 'The type of the deleted node that held it.' })
  nodeType!: string;

  @Field(() => ID, { description: 'The DELETE entry that held the id (kept in the trail: restoreNode still works while the id is free).' })
  deletionEntryId!: string;

  @Field(() => ID, { description: 'The PURGE entry that records this.' })
  auditEntryId!: string;
}
