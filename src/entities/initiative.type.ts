import { Directive, ObjectType } from 'type-graphql';
import { NODE_PROPERTIES } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { declareStoredFields } from '../graphql/stored-fields.js';

/** Its fields are the model's stored properties (src/model/node-properties.ts), declared below. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: "An open contracting initiative or programme: LOCI itself, a city's reform, a training programme." })
export class Initiative extends Node {}

declareStoredFields(Initiative, NODE_PROPERTIES.Initiative);
