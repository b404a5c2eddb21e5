import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { PlaceFilter } from '../graphql/filters.js';
import { PlaceConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Place } from './place.type.js';

/** Place queries (`place`, `places`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Place)
export class PlaceResolver extends createNodeResolver({
  type: 'Place',
  classType: Place,
  connection: PlaceConnection,
  filter: PlaceFilter,
  single: 'place',
  plural: 'places',
}) {}

declareRelationshipFields(PlaceResolver, 'Place');
