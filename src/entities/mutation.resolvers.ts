import { NODE_PROPERTIES, NODE_TYPES, isWritableType } from '../model/index.js';
import { createMutationResolver } from '../graphql/mutation-resolver.factory.js';
import { NODE_CLASSES } from './connections.js';
import { mutationInputsOf } from '../graphql/stored-fields.js';

/** Create, update and delete for each node type with writable properties (the eight of the network; contracting processes are imported). */
export const MUTATION_RESOLVERS = NODE_TYPES.filter((type) => isWritableType(NODE_PROPERTIES[type])).map((type) =>
  createMutationResolver({ type, classType: NODE_CLASSES[type], ...mutationInputsOf(type, NODE_PROPERTIES[type]) }),
);
