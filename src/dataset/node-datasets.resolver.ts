import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { Node } from '../graphql/node.interface.js';
import { datasetsByNodeId } from './dataset.loaders.js';
import { Dataset } from '../graphql/dataset.type.js';
import type { DatasetRow } from './dataset.repository.js';

/**
 * `Node.datasets` on every node type (an interface field resolver: each type implementing Node
 * inherits it): the imports that brought or changed the record, through the request's
 * datasetsByNodeId loader, so a list of nodes costs one round trip for all of them.
 */
@Resolver(() => Node)
export class NodeDatasetsResolver {
  @FieldResolver(() => [Dataset], { description: 'The imported datasets (`npm run import`) that brought or changed this record, by id; empty for records no import touched.' })
  datasets(@Root() root: NodeRow, @Ctx() ctx: Context): Promise<DatasetRow[]> {
    return datasetsByNodeId(ctx).load(root.id);
  }
}
