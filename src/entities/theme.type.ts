import { Directive, ObjectType } from 'type-graphql';
import { NODE_PROPERTIES } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { declareStoredFields } from '../graphql/stored-fields.js';

/** Its fields are the model's stored properties (src/model/node-properties.ts), declared below. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A sector or topic: education, health care, roads, clean water, e-procurement, beneficial ownership, citizen monitoring.' })
export class Theme extends Node {}

declareStoredFields(Theme, NODE_PROPERTIES.Theme);
