import type { ClassType } from 'type-graphql';
import { MODEL, type NodeType } from '../model/index.js';
import { createNodeApis } from './node-api.factory.js';

/**
 * The GraphQL side of the app's node types, built once from the model (node-api.factory.ts).
 * Adding a node type is an entry in src/model/; nothing here changes.
 */
export const NODE_APIS = createNodeApis(MODEL);

/** The object type of each node type (`NODE_CLASSES.Initiative`), as fields that return one name it. */
export const NODE_CLASSES = NODE_APIS.objectTypes as Readonly<Record<NodeType, ClassType>>;

/** The relation connection of each node type (and of Node, for fields that reach several types). */
export const RELATION_CONNECTIONS = NODE_APIS.relationConnections as Readonly<Record<NodeType | 'Node', ClassType>>;
