import type { ClassType } from 'type-graphql';
import type { NodeType } from '../model/index.js';
import { createListConnection, createRelationConnection } from '../graphql/connection.js';
import { Node } from '../graphql/node.interface.js';
import { Actor } from './actor.type.js';
import { Commitment } from './commitment.type.js';
import { ContractingProcess } from './contracting-process.type.js';
import { Event } from './event.type.js';
import { Initiative } from './initiative.type.js';
import { Learning } from './learning.type.js';
import { Organisation } from './organisation.type.js';
import { Place } from './place.type.js';
import { Theme } from './theme.type.js';

/** Root-list connections (`organisations(...)`). */
export const OrganisationConnection = createListConnection(Organisation, 'Organisation');
export const ActorConnection = createListConnection(Actor, 'Actor');
export const InitiativeConnection = createListConnection(Initiative, 'Initiative');
export const CommitmentConnection = createListConnection(Commitment, 'Commitment');
export const LearningConnection = createListConnection(Learning, 'Learning');
export const EventConnection = createListConnection(Event, 'Event');
export const PlaceConnection = createListConnection(Place, 'Place');
export const ThemeConnection = createListConnection(Theme, 'Theme');
export const ContractingProcessConnection = createListConnection(ContractingProcess, 'ContractingProcess');

/** Relationship-field connections (`Initiative.partners`), whose edges carry role, since, until. */
export const OrganisationRelations = createRelationConnection(Organisation, 'Organisation');
export const ActorRelations = createRelationConnection(Actor, 'Actor');
export const InitiativeRelations = createRelationConnection(Initiative, 'Initiative');
export const CommitmentRelations = createRelationConnection(Commitment, 'Commitment');
export const LearningRelations = createRelationConnection(Learning, 'Learning');
export const EventRelations = createRelationConnection(Event, 'Event');
export const PlaceRelations = createRelationConnection(Place, 'Place');
export const ThemeRelations = createRelationConnection(Theme, 'Theme');
export const ContractingProcessRelations = createRelationConnection(ContractingProcess, 'ContractingProcess');
/** For relationships that reach several types (a learning's authors: people or organisations). */
export const NodeRelations = createRelationConnection(Node as unknown as ClassType<Node>, 'Node');

/** The object type of each node type, as relationship fields return it. */
export const NODE_CLASSES: Record<NodeType, ClassType> = { Organisation, Actor, Initiative, Commitment, Learning, Event, Place, Theme, ContractingProcess };

/** The relation connection of each node type (and of Node, for fields that reach several types). */
export const RELATION_CONNECTIONS: Record<NodeType | 'Node', ClassType> = {
  Organisation: OrganisationRelations,
  Actor: ActorRelations,
  Initiative: InitiativeRelations,
  Commitment: CommitmentRelations,
  Learning: LearningRelations,
  Event: EventRelations,
  Place: PlaceRelations,
  Theme: ThemeRelations,
  ContractingProcess: ContractingProcessRelations,
  Node: NodeRelations,
};
