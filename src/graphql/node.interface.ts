import { Field, ID, InterfaceType } from 'type-graphql';
import { DateTimeScalar } from './scalars.js';
import { Source } from './source.type.js';
import { Dataset } from './dataset.type.js';
import type { NodeRow } from '../graph/node.repository.js';

/** Every entity of the LOCI graph. `__typename` and inline fragments tell the types apart. */
@InterfaceType({
  description: 'Any entity of the LOCI graph: an organisation, person, initiative, commitment, learning, event, place or theme.',
  resolveType: (value: NodeRow) => value.__type,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id (a slug such as "hivos"), unique across the whole graph.' })
  id!: string;

  @Field(() => String, { description: 'The name a person reads: the name, or the title of initiatives, commitments and learnings.' })
  label!: string;

  @Field(() => [String], { description: 'Where the facts of this record come from: document names or addresses.' })
  sources!: string[];

  // Resolved in schema.ts (citationsOf): structured sources are stored beside their strings.
  @Field(() => [Source], { description: 'The same sources, structured: url or citation, title, publisher, dates.' })
  citations!: Source[];

  @Field(() => Boolean, { nullable: true, description: 'True when a source supports the record only in part.' })
  uncertain?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'True for generated test data (`npm run seed:synthetic`), never for real records.' })
  synthetic?: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the record entered the graph.' })
  createdAt?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a field of the record last changed.' })
  updatedAt?: string;

  // Resolved by NodeDatasetsResolver (src/dataset/node-datasets.resolver.ts) from the node's id.
  @Field(() => [Dataset], { description: 'The imported datasets (`npm run import`) that brought or changed this record, by id; empty for records no import touched.' })
  datasets!: Dataset[];
}
