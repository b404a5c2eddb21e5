import { processIdOf } from './ocid.js';

/**
 * One node type, declared once: its stored properties are in node-properties.ts and its
 * relationship fields in relationship-fields.ts, both keyed by the type's name; everything else
 * that names the type (its seed-file key, the property read as its name, its GraphQL object type,
 * queries, connection and filter input) is derived from this declaration.
 */
export interface NodeTypeDeclaration {
  /** The seed-file key of its records (`organisations:` holds Organisation records). */
  seedKey: string;
  /** The property a person reads as the node's name: `title` for initiatives, commitments, learnings. */
  labelProperty: 'name' | 'title';
  /** What it is: the description of its GraphQL object type. */
  description: string;
  /** Its root queries: one by id (`organisation`) and a page of them (`organisations`). */
  single: string;
  plural: string;
  /** The description of its list's filter input. */
  filterDescription: string;
  /**
   * The single query's argument when it is not the id (`contractingProcess(ocid)`), and how its
   * value becomes the id.
   */
  key?: { argument: string; description: string; toId: (value: string) => string };
}

/**
 * The node types: the eight of the LOCI network and ContractingProcess, brought in by the
 * importer (src/import/). Every node in Neo4j carries the label `Entity` (one uniqueness
 * constraint makes ids unique across the whole graph, and `node(id)` is one index seek)
 * plus the label of its type. The order is the model's (exports, statistics, mutations).
 */
export const NODE_TYPE_DECLARATIONS = {
  Organisation: {
    seedKey: 'organisations',
    labelProperty: 'name',
    description: 'A government body, NGO, network, funder, company or university.',
    single: 'organisation',
    plural: 'organisations',
    filterDescription: 'Filters for organisations; all given filters must match.',
  },
  Actor: {
    seedKey: 'actors',
    labelProperty: 'name',
    description: 'A person: a champion, practitioner or trainer.',
    single: 'actor',
    plural: 'actors',
    filterDescription: 'Filters for people; all given filters must match.',
  },
  Initiative: {
    seedKey: 'initiatives',
    labelProperty: 'title',
    description: "An open contracting initiative or programme: LOCI itself, a city's reform, a training programme.",
    single: 'initiative',
    plural: 'initiatives',
    filterDescription: 'Filters for initiatives; all given filters must match.',
  },
  Commitment: {
    seedKey: 'commitments',
    labelProperty: 'title',
    description: 'A public pledge, e.g. a commitment in an OGP local or national action plan.',
    single: 'commitment',
    plural: 'commitments',
    filterDescription: 'Filters for commitments; all given filters must match.',
  },
  Learning: {
    seedKey: 'learnings',
    labelProperty: 'title',
    description: 'Something learned: a success, a challenge, a failure, a practice, guidance or research evidence.',
    single: 'learning',
    plural: 'learnings',
    filterDescription: 'Filters for learnings; all given filters must match.',
  },
  Event: {
    seedKey: 'events',
    labelProperty: 'name',
    description: 'A meeting, summit, workshop, training or webinar.',
    single: 'event',
    plural: 'events',
    filterDescription: 'Filters for events; all given filters must match.',
  },
  Place: {
    seedKey: 'places',
    labelProperty: 'name',
    description: 'A world region, country, region, county, city or municipality.',
    single: 'place',
    plural: 'places',
    filterDescription: 'Filters for places; all given filters must match.',
  },
  Theme: {
    seedKey: 'themes',
    labelProperty: 'name',
    description: 'A sector or topic: education, health care, roads, clean water, e-procurement, beneficial ownership, citizen monitoring.',
    single: 'theme',
    plural: 'themes',
    filterDescription: 'Filters for themes.',
  },
  ContractingProcess: {
    seedKey: 'contractingProcesses',
    labelProperty: 'title',
    description:
      'One public contracting process as published in the Open Contracting Data Standard (planning, tender, award, contract), identified by its ocid. Brought in by `npm run import`.',
    single: 'contractingProcess',
    plural: 'contractingProcesses',
    filterDescription: 'Filters for contracting processes; all given filters must match. `text` is matched against the title.',
    key: { argument: 'ocid', description: 'The OCDS ocid, as published (e.g. "ocds-213czf-000-00001").', toId: processIdOf },
  },
} as const satisfies Record<string, NodeTypeDeclaration>;

export type NodeType = keyof typeof NODE_TYPE_DECLARATIONS;

export const NODE_TYPES = Object.keys(NODE_TYPE_DECLARATIONS) as [NodeType, ...NodeType[]];

export const ENTITY_LABEL = 'Entity';

/** Each type's value of one field of its declaration. */
function declared<K extends keyof NodeTypeDeclaration>(key: K): Record<NodeType, NodeTypeDeclaration[K]> {
  return Object.fromEntries(NODE_TYPES.map((type) => [type, (NODE_TYPE_DECLARATIONS[type] as NodeTypeDeclaration)[key]])) as Record<NodeType, NodeTypeDeclaration[K]>;
}

/** The seed-file key of each node type (`organisations:` holds Organisation records). */
export const SEED_KEYS: Record<NodeType, string> = declared('seedKey');

/** The property a person reads as the node's name: `title` for initiatives, commitments, learnings. */
export const LABEL_PROPERTY: Record<NodeType, 'name' | 'title'> = declared('labelProperty');

/** Which node type a seed file's key holds (`organisations` -> Organisation), from the declarations given. */
export function nodeTypeBySeedKey<T extends string>(declarations: Readonly<Record<T, Pick<NodeTypeDeclaration, 'seedKey'>>>): ReadonlyMap<string, T> {
  return new Map((Object.keys(declarations) as T[]).map((type) => [declarations[type].seedKey, type]));
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
