// The shapes of a relationship field's pages, shared by the repository that reads them and the
// Cypher builder (related.cypher.ts) that plans them, so neither imports the other.
import type { NodeRow } from './node.repository.js';
import type { Projection } from './projection.js';
import type { RelationshipFieldName } from '../model/index.js';

/** One parent's request for one relationship field: the page after `after` (a node id), `first` long. */
export interface RelatedKey {
  id: string;
  field: RelationshipFieldName;
  first: number;
  after?: string | null;
  /** What to read of the related nodes and relationships; all of it when omitted. */
  projection?: Projection;
}

/** The relationship's own properties (role, since, until, sources). */
export type RelationshipProps = Record<string, unknown>;

export interface RelatedItem {
  /** Holds the key's projected properties only, unless the projection is full. */
  node: NodeRow;
  relationship: RelationshipProps;
}

export interface RelatedPage {
  items: RelatedItem[];
  totalCount: number;
  hasNextPage: boolean;
}
