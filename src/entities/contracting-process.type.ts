import { Directive, ObjectType } from 'type-graphql';
import { NODE_PROPERTIES } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { declareStoredFields } from '../graphql/stored-fields.js';

/** Its fields are the model's stored properties (src/model/node-properties.ts), declared below. */
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'One public contracting process as published in the Open Contracting Data Standard (planning, tender, award, contract), identified by its ocid. Brought in by `npm run import`.',
})
export class ContractingProcess extends Node {}

declareStoredFields(ContractingProcess, NODE_PROPERTIES.ContractingProcess);
