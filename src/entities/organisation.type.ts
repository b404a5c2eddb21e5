import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { OrganisationKind, Sector } from '../graphql/enums.js';

@ObjectType({ simpleResolvers: true, description: 'An identifier of an organisation in a public register, org-id.guide style.' })
export class Identifier {
  @Field(() => String, { description: 'The register, e.g. "NL-KVK" or "XI-IATI".' })
  scheme!: string;

  @Field(() => String, { description: 'The id within that register.' })
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A postal address, as an OCDS publisher gave it.' })
export class Address {
  @Field(() => String, { nullable: true }) streetAddress?: string;
  @Field(() => String, { nullable: true }) locality?: string;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => String, { nullable: true }) postalCode?: string;
  @Field(() => String, { nullable: true, description: 'The country as written (a name or an ISO code).' }) countryName?: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A government body, NGO, network, funder, company or university.' })
export class Organisation extends Node {
  @Field(() => String, { description: 'Full name, e.g. "Africa Freedom of Information Centre".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "AFIC".' })
  acronym?: string;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: string;

  @Field(() => Sector, { description: 'The sector it belongs to.' })
  sector!: string;

  @Field(() => String, { nullable: true, description: 'What it does (Markdown).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Its website address.' })
  website?: string;

  @Field(() => [Identifier], { nullable: true, description: 'Its identifiers in public registers.' })
  identifiers?: Identifier[];

  @Field(() => [Address], { nullable: true, description: 'Its postal addresses, from imported contracting data.' })
  addresses?: Address[];
}
