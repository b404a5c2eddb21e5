import { Field, InputType, ObjectType } from 'type-graphql';

/** The structured property types (Organisation.identifiers, Organisation.addresses): what node-properties.ts calls `Identifier` and `Address`. */

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

@InputType({ description: 'An identifier in a public register, org-id.guide style.' })
export class IdentifierInput {
  @Field(() => String, { description: 'The register, e.g. "NL-KVK".' })
  scheme!: string;

  @Field(() => String, { description: 'The id within that register.' })
  id!: string;
}
