import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { OrganisationFilter } from '../graphql/filters.js';
import { OrganisationConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Organisation } from './organisation.type.js';

/**
 * Organisation queries (`organisation`, `organisations`); its relationship fields are the model's
 * (src/model/relationship-fields.ts), declared below, and `contracting(role)` has its own file
 * (organisation-contracting.resolver.ts).
 */
@Resolver(() => Organisation)
export class OrganisationResolver extends createNodeResolver({
  type: 'Organisation',
  classType: Organisation,
  connection: OrganisationConnection,
  filter: OrganisationFilter,
  single: 'organisation',
  plural: 'organisations',
}) {}

declareRelationshipFields(OrganisationResolver, 'Organisation');
