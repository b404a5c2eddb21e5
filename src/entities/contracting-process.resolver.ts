import { Resolver } from 'type-graphql';
import { processIdOf } from '../model/index.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { ContractingProcessFilter } from '../graphql/filters.js';
import { ContractingProcessConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { ContractingProcess } from './contracting-process.type.js';

/**
 * ContractingProcess queries (`contractingProcess(ocid)`, `contractingProcesses`) and its
 * relationship fields, declared below from the model. The single query takes the ocid as published: the id is derived from it.
 */
@Resolver(() => ContractingProcess)
export class ContractingProcessResolver extends createNodeResolver({
  type: 'ContractingProcess',
  classType: ContractingProcess,
  connection: ContractingProcessConnection,
  filter: ContractingProcessFilter,
  single: 'contractingProcess',
  plural: 'contractingProcesses',
  key: { argument: 'ocid', description: 'The OCDS ocid, as published (e.g. "ocds-213czf-000-00001").', toId: processIdOf },
}) {}

declareRelationshipFields(ContractingProcessResolver, 'ContractingProcess');
