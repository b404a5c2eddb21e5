import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { PlaceKind } from '../graphql/enums.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A world region, country, region, county, city or municipality.' })
export class Place extends Node {
  @Field(() => String, { description: 'Name of the place.' })
  name!: string;

  @Field(() => PlaceKind, { description: 'What kind of place it is.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of a country ("KE"), or ISO 3166-2 code of a region, state or county ("KE-17", "MX-CMX").' })
  isoCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether it belongs to the global south, where known.' })
  globalSouth?: boolean;

  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees (WGS 84), -90 to 90, from the cited gazetteer.' })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees (WGS 84), -180 to 180, from the cited gazetteer.' })
  longitude?: number;
}
