import { Directive, ObjectType } from 'type-graphql';
import { NODE_PROPERTIES } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { declareStoredFields } from '../graphql/stored-fields.js';

/** Its fields are the model's stored properties (src/model/node-properties.ts), declared below. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A government body, NGO, network, funder, company or university.' })
export class Organisation extends Node {}

declareStoredFields(Organisation, NODE_PROPERTIES.Organisation);
