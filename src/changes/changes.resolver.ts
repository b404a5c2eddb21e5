import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context.js';
import { assertPageSize } from '../graphql/pagination.js';
import { NodeTypeEnum, RelationshipTypeEnum } from '../graphql/enums.js';
import { NetworkFilter } from '../network/network.input.js';
import { assertNetworkFilter } from '../network/network-filter.cypher.js';
import { ServiceUnavailableError } from '../errors.js';
import type { NodeType, RelationshipType } from '../model/index.js';
import { matchesSelector, type ChangeEvent, type ChangeSelector } from './change.model.js';
import { findChangesAfter, findLatestSequence, findNodesInNetwork } from './changes.repository.js';
import { Change, ChangeConnection, ChangeFilter, NetworkChange } from './change.types.js';
import { parseSequence } from './sequence-cursor.js';
import { batchByInterval } from './batch-by-interval.js';

@ArgsType()
class ChangesArgs {
  @Field(() => String, { nullable: true, description: 'Changes after this sequence (`endCursor` of a previous page, or a change\'s `sequence`); absent: from the first.' })
  after?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'How many changes to return (at most MAX_PAGE_SIZE).' })
  first!: number;

  @Field(() => ChangeFilter, { nullable: true })
  filter?: ChangeFilter | null;
}

const AFTER_DESCRIPTION = 'Resume: first deliver the changes after this sequence (the last one you received), then new ones. Absent: new changes only.';

/** The feed of the subscription's process; SERVICE_UNAVAILABLE where this server has none (e.g. a test schema). */
function feedOf(ctx: Context) {
  if (!ctx.changeFeed) throw new ServiceUnavailableError('subscriptions are not served by this endpoint');
  return ctx.changeFeed;
}

/** The change feed: what changed in the graph, in commit order, read from the audit trail. */
@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      'Changes of the graph, oldest first, from the audit trail: page through them with `after`, then keep the last cursor and resume from it (or subscribe with it). Anonymous callers do not see changes of private fields; no one sees who made a change here (admins: auditLog).',
  })
  async changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context): Promise<ChangeConnection> {
    assertPageSize(args.first, ctx.config.maxPageSize);
    const after = parseSequence(args.after) ?? 0;
    const filter = args.filter ?? {};
    const [read, latestSequence] = await Promise.all([
      findChangesAfter(ctx.executor, { after, limit: args.first + 1, types: filter.types, ids: filter.ids }),
      findLatestSequence(ctx.executor),
    ]);
    const page = read.slice(0, args.first);
    const visible = page.filter((c) => matchesSelector(c, { anonymous: !ctx.user }));
    return {
      edges: visible.map((node) => ({ cursor: String(node.sequence), node })),
      hasNextPage: read.length > args.first,
      // The last change read, shown or not: a hidden one is not read again.
      endCursor: String(page.at(-1)?.sequence ?? after),
      latestSequence,
    };
  }

  @Subscription(() => Change, {
    description: 'Each change of the given nodes (or of nodes of the given types), as it is committed on any replica. Over GraphQL-over-SSE or graphql-ws at /graphql.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, NodeChangedArgs, Context>) =>
      feedOf(context).subscribe({ after: parseSequence(args.after), accepts: (c) => matchesSelector(c, { types: args.types, ids: args.ids, anonymous: !context.user }) }),
  })
  nodeChanged(
    @Root() change: ChangeEvent,
    @Arg('types', () => [NodeTypeEnum], { nullable: true, description: 'Only nodes of these types.' }) _types: NodeType[] | null,
    @Arg('ids', () => [ID], { nullable: true, description: 'Only these nodes (and relationships with one of them at either end).' }) _ids: string[] | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): ChangeEvent {
    return change;
  }

  @Subscription(() => Change, {
    description: 'Each relationship connected or disconnected (of the given types, at the given node), as it is committed on any replica.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, RelationshipChangedArgs, Context>) =>
      feedOf(context).subscribe({
        after: parseSequence(args.after),
        accepts: (c) => matchesSelector(c, { relationshipsOnly: true, relationshipTypes: args.types, ids: args.nodeId ? [args.nodeId] : null, anonymous: !context.user }),
      }),
  })
  relationshipChanged(
    @Root() change: ChangeEvent,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true, description: 'Only relationships of these types.' }) _types: RelationshipType[] | null,
    @Arg('nodeId', () => ID, { nullable: true, description: 'Only relationships with this node at either end.' }) _nodeId: string | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): ChangeEvent {
    return change;
  }

  @Subscription(() => NetworkChange, {
    description:
      'What changed inside a network filter (the `network` query\'s), at most one event per second: for dashboards and the explorer to follow the graph. Deleted nodes are reported by type only (they are no longer in the graph to test against the filter).',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, NetworkChangedArgs, Context>) => networkChanges(context, args),
  })
  networkChanged(
    @Root() batch: ChangeEvent[],
    @Arg('filter', () => NetworkFilter, { nullable: true }) _filter: NetworkFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after: string | null,
  ): NetworkChange {
    return { changes: batch, sequence: batch[batch.length - 1].sequence };
  }
}

interface NodeChangedArgs {
  types?: NodeType[] | null;
  ids?: string[] | null;
  after?: string | null;
}
interface RelationshipChangedArgs {
  types?: RelationshipType[] | null;
  nodeId?: string | null;
  after?: string | null;
}
interface NetworkChangedArgs {
  filter?: NetworkFilter | null;
  after?: string | null;
}

/**
 * networkChanged's stream: the feed's changes of the filter's node and relationship types,
 * a batch a second, each batch narrowed to the nodes inside the filter's scope with one read.
 */
async function networkChanges(ctx: Context, args: NetworkChangedArgs): Promise<AsyncIterable<ChangeEvent[]>> {
  const filter = args.filter ?? {};
  assertNetworkFilter(filter, 'filter.');
  const selector: ChangeSelector = { types: filter.nodeTypes, anonymous: !ctx.user };
  const relationshipTypes = filter.relationshipTypes;
  const stream = await feedOf(ctx).subscribe({
    after: parseSequence(args.after),
    accepts: (c) => matchesSelector(c, selector) && (!c.relationship || !relationshipTypes || relationshipTypes.includes(c.relationship.type as RelationshipType)),
  });
  return batchByInterval(stream, ctx.config.subscriptions.networkIntervalMs, async (batch) => {
    const ids = [...new Set(batch.filter((c) => c.kind !== 'DELETED').flatMap((c) => (c.relationship ? [c.relationship.from, c.relationship.to] : [c.node.id])))];
    const inside = await findNodesInNetwork(ctx.executor, filter, ids);
    return batch.filter((c) => (c.kind === 'DELETED' ? true : c.relationship ? inside.has(c.relationship.from) && inside.has(c.relationship.to) : inside.has(c.node.id)));
  });
}
