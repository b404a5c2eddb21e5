import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { LearningFilter } from '../graphql/filters.js';
import { LearningConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Learning } from './learning.type.js';

/** Learning queries (`learning`, `learnings`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Learning)
export class LearningResolver extends createNodeResolver({
  type: 'Learning',
  classType: Learning,
  connection: LearningConnection,
  filter: LearningFilter,
  single: 'learning',
  plural: 'learnings',
}) {}

declareRelationshipFields(LearningResolver, 'Learning');
