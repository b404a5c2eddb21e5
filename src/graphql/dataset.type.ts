import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './connection.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType({ simpleResolvers: true, description: 'A file of a dataset, as it was imported.' })
export class DatasetFile {
  @Field(() => String, { description: 'The file name.' }) name!: string;
  @Field(() => String, { description: 'SHA-256 of its bytes as read (compressed, for a .gz file).' }) sha256!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What one import did to one node or relationship type.' })
export class DatasetCount {
  @Field(() => String, { description: 'A node type or relationship type.' }) type!: string;
  @Field(() => Int, { description: 'Records the import created.' }) created!: number;
  @Field(() => Int, { description: 'Records it found already in the graph.' }) matched!: number;
  @Field(() => Int, { description: 'Matched records it changed.' }) updated!: number;
  @Field(() => Int, { description: 'Matched records it left as they were.' }) unchanged!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One import (`npm run import`): the provenance of the records it brought. Records list it in their `datasetIds`.' })
export class Dataset {
  @Field(() => String, { description: 'Its id: the slug of its name; `npm run import -- --remove ID` takes it out.' }) id!: string;
  @Field(() => String, { description: 'Its name (--dataset, or the file names).' }) name!: string;
  @Field(() => String, { description: 'The format it was read from: ocds, csv, xlsx, graphml, gexf.' }) format!: string;
  @Field(() => String, { nullable: true, description: 'The publisher its packages name.' }) publisher?: string | null;
  @Field(() => [String], { description: 'The URIs of its packages.' }) uris!: string[];
  @Field(() => String, { nullable: true, description: 'The licence its packages declare.' }) licence?: string | null;
  @Field(() => [DatasetFile], { description: 'Its files.' }) files!: DatasetFile[];
  @Field(() => DateTimeScalar, { description: 'When it was last imported.' }) importedAt!: string;
  @Field(() => String, { description: 'Who imported it.' }) importedBy!: string;
  @Field(() => [DatasetCount], { description: 'What its last import did, per type.' }) counts!: DatasetCount[];
}

@ObjectType({ simpleResolvers: true, description: 'One dataset in a list, with its cursor.' })
export class DatasetEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge.' }) cursor!: string;
  @Field(() => Dataset) node!: Dataset;
}

@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'A page of datasets, by id.' })
export class DatasetConnection {
  @Field(() => Int, { description: 'How many datasets there are.' }) totalCount!: number;
  @Field(() => [DatasetEdge]) edges!: DatasetEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
