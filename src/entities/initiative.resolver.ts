import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { InitiativeFilter } from '../graphql/filters.js';
import { InitiativeConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Initiative } from './initiative.type.js';

/** Initiative queries (`initiative`, `initiatives`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Initiative)
export class InitiativeResolver extends createNodeResolver({
  type: 'Initiative',
  classType: Initiative,
  connection: InitiativeConnection,
  filter: InitiativeFilter,
  single: 'initiative',
  plural: 'initiatives',
}) {}

declareRelationshipFields(InitiativeResolver, 'Initiative');
