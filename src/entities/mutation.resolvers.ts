import { createMutationResolver } from '../graphql/mutation-resolver.factory.js';
import { Actor } from './actor.type.js';
import { Commitment } from './commitment.type.js';
import { Event } from './event.type.js';
import { Initiative } from './initiative.type.js';
import * as I from './inputs.js';
import { Learning } from './learning.type.js';
import { Organisation } from './organisation.type.js';
import { Place } from './place.type.js';
import { Theme } from './theme.type.js';

/** Create, update and delete for each of the eight node types. */
export const MUTATION_RESOLVERS = [
  createMutationResolver({ type: 'Organisation', classType: Organisation, createInput: I.CreateOrganisationInput, updateInput: I.UpdateOrganisationInput }),
  createMutationResolver({ type: 'Actor', classType: Actor, createInput: I.CreateActorInput, updateInput: I.UpdateActorInput }),
  createMutationResolver({ type: 'Initiative', classType: Initiative, createInput: I.CreateInitiativeInput, updateInput: I.UpdateInitiativeInput }),
  createMutationResolver({ type: 'Commitment', classType: Commitment, createInput: I.CreateCommitmentInput, updateInput: I.UpdateCommitmentInput }),
  createMutationResolver({ type: 'Learning', classType: Learning, createInput: I.CreateLearningInput, updateInput: I.UpdateLearningInput }),
  createMutationResolver({ type: 'Event', classType: Event, createInput: I.CreateEventInput, updateInput: I.UpdateEventInput }),
  createMutationResolver({ type: 'Place', classType: Place, createInput: I.CreatePlaceInput, updateInput: I.UpdatePlaceInput }),
  createMutationResolver({ type: 'Theme', classType: Theme, createInput: I.CreateThemeInput, updateInput: I.UpdateThemeInput }),
];
