import type { NodeRecord, NodeType, RelationshipRecord, RelationshipType } from '../../model/index.js';
import type { ValidNode, ValidRelationship } from '../validate.js';

/** The `sources` of every synthetic record: one shared, frozen array (a million copies would cost memory). */
export const SYNTHETIC_SOURCES: readonly string[] = Object.freeze(['synthetic']);

/** The prefix of every synthetic id, so none can clash with a real one. */
export const SYNTHETIC_ID_PREFIX = 'syn-';

/** Node fields a generator supplies; `sources` and `synthetic` are added here. */
export type SyntheticFields<T extends NodeType> = Omit<NodeRecord<T>, 'sources' | 'synthetic' | 'uncertain'>;

export interface RelationshipProps {
  role?: string;
  since?: string;
  until?: string;
}

/**
 * One slice of the synthetic network. Every relationship refers to nodes of this batch or of an
 * earlier one, so batches can be written in order as they come.
 */
export interface SyntheticBatch {
  nodes: ValidNode[];
  relationships: ValidRelationship[];
  /** How many initiatives the batches so far (this one included) hold. */
  initiativesDone: number;
}

/** Collects records until `take()` hands them over; marks each one synthetic. */
export class BatchBuilder {
  private nodes: ValidNode[] = [];
  private relationships: ValidRelationship[] = [];

  get size(): number {
    return this.nodes.length + this.relationships.length;
  }

  /** Adds a node and returns its id. */
  node<T extends NodeType>(type: T, fields: SyntheticFields<T>): string {
    const record = { ...fields, synthetic: true, sources: SYNTHETIC_SOURCES } as unknown as ValidNode['record'];
    this.nodes.push({ type, record });
    return record.id;
  }

  rel(type: RelationshipType, from: string, to: string, props?: RelationshipProps): void {
    const record = { type, from, to, ...props, synthetic: true, sources: SYNTHETIC_SOURCES } as RelationshipRecord;
    this.relationships.push({ type, record });
  }

  take(initiativesDone: number): SyntheticBatch {
    const batch = { nodes: this.nodes, relationships: this.relationships, initiativesDone };
    this.nodes = [];
    this.relationships = [];
    return batch;
  }
}
