import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { CommitmentFilter } from '../graphql/filters.js';
import { CommitmentConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Commitment } from './commitment.type.js';

/** Commitment queries (`commitment`, `commitments`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Commitment)
export class CommitmentResolver extends createNodeResolver({
  type: 'Commitment',
  classType: Commitment,
  connection: CommitmentConnection,
  filter: CommitmentFilter,
  single: 'commitment',
  plural: 'commitments',
}) {}

declareRelationshipFields(CommitmentResolver, 'Commitment');
