import { Directive, ObjectType } from 'type-graphql';
import { NODE_PROPERTIES } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { declareStoredFields } from '../graphql/stored-fields.js';

/** Its fields are the model's stored properties (src/model/node-properties.ts), declared below. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A public pledge, e.g. a commitment in an OGP local or national action plan.' })
export class Commitment extends Node {}

declareStoredFields(Commitment, NODE_PROPERTIES.Commitment);
