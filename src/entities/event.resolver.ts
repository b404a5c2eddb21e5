import { Resolver } from 'type-graphql';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { EventFilter } from '../graphql/filters.js';
import { EventConnection } from './connections.js';
import { declareRelationshipFields } from './relationship-fields.js';
import { Event } from './event.type.js';

/** Event queries (`event`, `events`); its relationship fields are the model's (src/model/relationship-fields.ts), declared below. */
@Resolver(() => Event)
export class EventResolver extends createNodeResolver({
  type: 'Event',
  classType: Event,
  connection: EventConnection,
  filter: EventFilter,
  single: 'event',
  plural: 'events',
}) {}

declareRelationshipFields(EventResolver, 'Event');
