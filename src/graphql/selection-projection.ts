import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { LABEL_PROPERTY, NODE_TYPES, SOURCE_DETAILS, isNodeType, nodeSchemas, type NodeType } from '../model/index.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../model/index.js';
import { FULL_PROJECTION, type Projection } from '../graph/projection.js';

/**
 * From a GraphQL selection to the Projection a read needs (src/graph/projection.ts): which node
 * and relationship properties the selected fields serve. Anything this module does not know for
 * certain to be a stored property (a computed field added later, a node of several possible
 * types) reads everything: a projection may read too much, never too little.
 */

type Fragments = Record<string, FragmentDefinitionNode>;

/** Stored properties of each type: the fields of its record schema and the two instants. */
const STORED = new Map<NodeType, ReadonlySet<string>>(
  NODE_TYPES.map((t) => [t, new Set([...Object.keys(nodeSchemas[t].shape), 'createdAt', 'updatedAt'])]),
);

/** Properties a field's resolver reads besides its own: Actor.email is shown only when `public`. */
const ALSO_READS: Partial<Record<string, readonly string[]>> = { 'Actor.email': ['public'] };

/** The relationship properties an edge of a relationship connection serves (connection.ts). */
const EDGE_PROPERTIES = new Set(['role', 'since', 'until', 'sources']);

/** Fields of nodes and edges worked out from stored properties: `citations` from the sources (codec.ts). */
const DERIVED: Partial<Record<string, readonly string[]>> = { citations: ['sources', SOURCE_DETAILS] };

/** Node fields loaded from the node's id alone by their own loader: Node.datasets (src/dataset). */
const LOADED_BY_ID = new Set(['datasets']);

/** Edge and connection fields that read no property (cursors are made from node ids). */
const NO_PROPERTY = new Set(['__typename', 'cursor', 'totalCount', 'pageInfo']);

/**
 * The fields of `sets`, through fragments and inline fragments. A fragment on another node type
 * cannot apply and is skipped; any other condition is kept (at worst it widens the projection).
 */
export function fieldsOf(sets: readonly SelectionSetNode[], fragments: Fragments, type: NodeType | null): FieldNode[] {
  const fields: FieldNode[] = [];
  const applies = (condition: string | undefined) => !condition || !type || condition === type || !isNodeType(condition);
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) fields.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) visit(s.selectionSet);
      } else {
        const fragment = fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

export const setsOf = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

/**
 * The properties of a `type` node that the selections `sets` on it read, sorted (one cache key
 * per selection); `id` and the label property always. Null (all of them) when `type` is null
 * (a field reaching several types) or a selected field is not a known stored property.
 */
export function selectedNodeProperties(type: NodeType | null, sets: readonly SelectionSetNode[], fragments: Fragments): string[] | null {
  if (!type) return null;
  const props = new Set(['id', LABEL_PROPERTY[type]]);
  for (const field of fieldsOf(sets, fragments, type)) {
    const name = field.name.value;
    // Relationship fields load on their own from the node's id; label is the label property.
    if (name === '__typename' || name === 'label' || LOADED_BY_ID.has(name) || `${type}.${name}` in RELATIONSHIP_FIELDS) continue;
    const derivedFrom = DERIVED[name];
    if (derivedFrom) {
      for (const p of derivedFrom) props.add(p);
      continue;
    }
    if (!STORED.get(type)!.has(name)) return null;
    props.add(name);
    for (const also of ALSO_READS[`${type}.${name}`] ?? []) props.add(also);
  }
  return [...props].sort();
}

/**
 * For each node type, the properties selectedNodeProperties finds in `sets` for it: what a field
 * returning nodes of any type (federation `_entities`) reads of each, type by type.
 */
export function selectedPropertiesByType(sets: readonly SelectionSetNode[], fragments: Fragments): Record<NodeType, string[] | null> {
  return Object.fromEntries(NODE_TYPES.map((t) => [t, selectedNodeProperties(t, sets, fragments)])) as Record<NodeType, string[] | null>;
}

/**
 * The selection sets on the nodes of a connection selected by `nodes`: those of
 * `edges { node { ... } }`.
 */
export function connectionNodeSets(nodes: readonly FieldNode[], fragments: Fragments): SelectionSetNode[] {
  const edges = fieldsOf(setsOf(nodes), fragments, null).filter((f) => f.name.value === 'edges');
  return setsOf(fieldsOf(setsOf(edges), fragments, null).filter((f) => f.name.value === 'node'));
}

/**
 * What a connection field (`{ totalCount edges { cursor role node { ... } } pageInfo }`)
 * selected by `nodes` reads of the `type` nodes and the relationships of its edges.
 */
export function selectedConnectionProjection(type: NodeType | null, nodes: readonly FieldNode[], fragments: Fragments): Projection {
  const nodeSets: SelectionSetNode[] = [];
  const relationship = new Set<string>();
  let wholeRelationship = false;
  let count = false;
  for (const field of fieldsOf(setsOf(nodes), fragments, null)) {
    if (field.name.value === 'totalCount') count = true;
    if (field.name.value !== 'edges') continue;
    for (const edgeField of fieldsOf(setsOf([field]), fragments, null)) {
      const name = edgeField.name.value;
      if (name === 'node') nodeSets.push(...setsOf([edgeField]));
      else if (EDGE_PROPERTIES.has(name)) relationship.add(name);
      else if (DERIVED[name]) for (const p of DERIVED[name]) relationship.add(p);
      else if (!NO_PROPERTY.has(name)) wholeRelationship = true;
    }
  }
  return {
    node: selectedNodeProperties(type, nodeSets, fragments),
    relationship: wholeRelationship ? null : [...relationship].sort(),
    count,
  };
}

/**
 * What relationship field `field`, selected by `nodes`, reads: a to-many field's connection
 * (selectedConnectionProjection), or a to-one field's node and no relationship property.
 */
export function selectedRelationProjection(field: RelationshipFieldName, nodes: readonly FieldNode[], fragments: Fragments, paged: boolean): Projection {
  const target = RELATIONSHIP_FIELDS[field]?.target ?? null;
  if (!RELATIONSHIP_FIELDS[field]) return FULL_PROJECTION;
  if (paged) return selectedConnectionProjection(target, nodes, fragments);
  return { node: selectedNodeProperties(target, setsOf(nodes), fragments), relationship: [], count: false };
}
