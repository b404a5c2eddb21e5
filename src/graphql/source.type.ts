import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar } from './scalars.js';

/**
 * One source of a record or relationship, structured: where a reader finds the fact again. A
 * source given as plain text is served as `{ url }` when it is an http(s) address and as
 * `{ citation }` otherwise (codec.ts citationsOf), so every source has exactly one of the two.
 */
@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'Where a fact comes from: a web page (url) or another document (citation), with what identifies it.' })
export class Source {
  @Field(() => String, { nullable: true, description: 'Address of the page or document.' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'A document without an address, cited in words (e.g. "LOCI announcement, Hivos, 26 March 2019").' })
  citation?: string;

  @Field(() => String, { nullable: true, description: 'Title of the page or document.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was published (YYYY, YYYY-MM or YYYY-MM-DD).' })
  published?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was read for this graph.' })
  retrieved?: string;
}
