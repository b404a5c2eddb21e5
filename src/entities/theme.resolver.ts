import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { ThemeFilter } from '../graphql/filters.js';
import { ThemeConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Theme } from './theme.type.js';

/** Theme queries (`theme`, `themes`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Theme)
export class ThemeResolver extends createNodeResolver({
  type: 'Theme',
  classType: Theme,
  connection: ThemeConnection,
  filter: ThemeFilter,
  single: 'theme',
  plural: 'themes',
}) {}

declareRelationshipFields(ThemeResolver, 'Theme');
