/**
 * The node types: the eight of the LOCI network and ContractingProcess, brought in by the
 * importer (src/import/). Every node in Neo4j carries the label `Entity` (one uniqueness
 * constraint makes ids unique across the whole graph, and `node(id)` is one index seek)
 * plus the label of its type.
 */
export const NODE_TYPES = ['Organisation', 'Actor', 'Initiative', 'Commitment', 'Learning', 'Event', 'Place', 'Theme', 'ContractingProcess'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const ENTITY_LABEL = 'Entity';

/** The seed-file key of each node type (`organisations:` holds Organisation records). */
export const SEED_KEYS: Record<NodeType, string> = {
  Organisation: 'organisations',
  Actor: 'actors',
  Initiative: 'initiatives',
  Commitment: 'commitments',
  Learning: 'learnings',
  Event: 'events',
  Place: 'places',
  Theme: 'themes',
  ContractingProcess: 'contractingProcesses',
};

/** The property a person reads as the node's name: `title` for initiatives, commitments, learnings. */
export const LABEL_PROPERTY: Record<NodeType, 'name' | 'title'> = {
  Organisation: 'name',
  Actor: 'name',
  Initiative: 'title',
  Commitment: 'title',
  Learning: 'title',
  Event: 'name',
  Place: 'name',
  Theme: 'name',
  ContractingProcess: 'title',
};

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
