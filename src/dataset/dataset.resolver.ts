import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PageArgs, assertPageSize, decodeIdCursor, encodeCursor } from '../graphql/pagination.js';
import { findDatasets } from './dataset.repository.js';
import { DatasetConnection } from '../graphql/dataset.type.js';

/** `datasets(first, after)`: the imports the graph holds, by id. */
@Resolver()
export class DatasetResolver {
  @Query(() => DatasetConnection, { description: 'The imported datasets (`npm run import`), a page at a time, by id.' })
  async datasets(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<DatasetConnection> {
    assertPageSize(args.first, ctx.config.maxPageSize);
    const page = await findDatasets(ctx.executor, args.first, args.after ? decodeIdCursor(args.after) : null);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
