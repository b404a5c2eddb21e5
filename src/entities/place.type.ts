import { Directive, ObjectType } from 'type-graphql';
import { NODE_PROPERTIES } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { declareStoredFields } from '../graphql/stored-fields.js';

/** Its fields are the model's stored properties (src/model/node-properties.ts), declared below. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A world region, country, region, county, city or municipality.' })
export class Place extends Node {}

declareStoredFields(Place, NODE_PROPERTIES.Place);
