import { NODE_TYPE_DECLARATIONS, type NodeTypeDeclaration } from './node-types.js';
import { NODE_PROPERTIES, type PropertySpecs } from './node-properties.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from './relationship-fields.js';
import { RELATIONSHIP_FILTERS, type RelationshipFilters } from './relationship-filters.js';

/**
 * The model's tables of node types, side by side: what the GraphQL side of every node type is
 * built from (src/entities/node-api.factory.ts). The real app builds from MODEL; a test can build
 * from a copy with a type added, through the same functions.
 */
export interface Model {
  nodeTypes: Readonly<Record<string, NodeTypeDeclaration>>;
  properties: Readonly<Record<string, PropertySpecs>>;
  relationshipFields: Readonly<Record<string, RelationshipField>>;
  relationshipFilters: Readonly<Partial<Record<string, RelationshipFilters>>>;
}

export const MODEL: Model = {
  nodeTypes: NODE_TYPE_DECLARATIONS,
  properties: NODE_PROPERTIES,
  relationshipFields: RELATIONSHIP_FIELDS,
  relationshipFilters: RELATIONSHIP_FILTERS,
};
