import { Directive, Field, Float, Int, ObjectType, type ClassType } from 'type-graphql';
import { withArticle } from '../model/index.js';
import { DateScalar } from './scalars.js';
import { Source } from './source.type.js';

// Every object type of the API has `simpleResolvers`: its fields only read a property
// of the object, and type-graphql's per-field wrapper (for middlewares and auth, which these
// fields have none of) would otherwise run on every field of every answer.

@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/**
 * The connection and edge types of a root list (`organisations(...)`): `XConnection` with
 * `totalCount`, `edges { cursor node }` and `pageInfo`.
 */
export function createListConnection<T extends object>(nodeClass: ClassType<T>, name: string) {
  @Directive('@shareable')
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque keyset cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;
  }

  @Directive('@shareable')
  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} records.` })
  class Connection {
    @Field(() => Int, { description: 'How many records match the filter, across all pages.' })
    totalCount!: number;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/**
 * The connection of a relationship field (`Initiative.partners`): edges carry the relationship's
 * own properties beside the node at its other end.
 */
export function createRelationConnection<T extends object>(nodeClass: ClassType<T>, name: string) {
  @Directive('@shareable')
  @ObjectType(`${name}RelationEdge`, { simpleResolvers: true, description: `A relationship to ${withArticle(name)}, with its properties.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeClass, { description: 'The node at the other end of the relationship.' })
    node!: T;

    @Field(() => String, { nullable: true, description: 'The role in this relationship, e.g. PARTNER or "Program Manager".' })
    role?: string;

    @Field(() => DateScalar, { nullable: true, description: 'Since when the relationship holds.' })
    since?: string;

    @Field(() => DateScalar, { nullable: true, description: 'Until when the relationship held.' })
    until?: string;

    @Field(() => [String], { nullable: true, description: 'Where the relationship is documented.' })
    sources?: string[];

    @Field(() => [Source], { nullable: true, description: 'The same sources, structured: url or citation, title, publisher, dates.' })
    citations?: Source[];

    @Field(() => String, { nullable: true, description: 'AWARDED: the OCDS award id (several joined by ", " when a supplier won several awards of the process).' })
    awardId?: string;

    @Field(() => Float, { nullable: true, description: 'AWARDED: the value awarded to the supplier in the process, in `currency`.' })
    amount?: number;

    @Field(() => String, { nullable: true, description: 'AWARDED: ISO 4217 currency of `amount`.' })
    currency?: string;

    @Field(() => DateScalar, { nullable: true, description: 'AWARDED: the date of the (latest) award.' })
    date?: string;

    @Field(() => String, { nullable: true, description: 'AWARDED: the award status (OCDS codelist: pending, active, cancelled, unsuccessful).' })
    status?: string;
  }

  @Directive('@shareable')
  @ObjectType(`${name}RelationConnection`, { simpleResolvers: true, description: `Relationships to ${name} records, a page at a time.` })
  class Connection {
    @Field(() => Int, { description: 'How many such relationships the node has.' })
    totalCount!: number;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}
