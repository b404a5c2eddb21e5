import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { NodeType } from '../model/index.js';
import type { RelatedKey } from '../graph/relationship.repository.js';
import { projectionKey } from '../graph/projection.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../graph/relationship-fields.js';
import { decodeIdCursor } from './pagination.js';
import { selectedRelationProjection } from './projection.js';

/**
 * The relationship fields the current field's selection will load on the node of `type` with
 * `id` it resolves to: one RelatedKey per relationship field selected (aliases and fragments
 * included), with the page its resolver will ask for (resolveRelation, resolveSingle). Fields
 * with invalid arguments are left out: their resolver reports the error as usual. Fields are
 * taken by response name, as graphql-js merges them, so each key's projection is the one its
 * resolver computes from the same field nodes (relations.ts). A root
 * resolver loads the node and these pages in one round trip (Loaders.nodeWithRelated) instead
 * of two.
 */
export function selectedRelatedKeys(info: GraphQLResolveInfo, type: NodeType, id: string, maxPageSize: number): RelatedKey[] {
  const objectType = info.schema.getType(type);
  if (!isObjectType(objectType)) return [];
  const keys = new Map<string, RelatedKey>();
  // Field nodes by response name (alias or name), as the resolvers will see them.
  const byResponseName = new Map<string, FieldNode[]>();
  const interfaces = new Set(objectType.getInterfaces().map((i) => i.name));
  const appliesHere = (typeCondition: string | undefined) => !typeCondition || typeCondition === type || interfaces.has(typeCondition);

  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        byResponseName.set(name, [...(byResponseName.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesHere(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && appliesHere(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };

  const addField = (nodes: FieldNode[]) => {
    const node = nodes[0];
    const name = `${type}.${node.name.value}` as RelationshipFieldName;
    const definition = objectType.getFields()[node.name.value];
    if (!RELATIONSHIP_FIELDS[name] || !definition) return;
    try {
      const args = getArgumentValues(definition, node, info.variableValues) as { first?: number; after?: string | null };
      // A to-one field (no `first`) reads a page of one, as resolveSingle does.
      const paged = definition.args.some((a) => a.name === 'first');
      const first = paged ? args.first! : 1;
      if (!Number.isInteger(first) || first < 1 || first > maxPageSize) return;
      const after = paged && args.after ? decodeIdCursor(args.after) : null;
      const projection = selectedRelationProjection(name, nodes, info.fragments, paged);
      const key: RelatedKey = { id, field: name, first, after, projection };
      keys.set(`${name}|${first}|${after ?? ''}|${projectionKey(projection)}`, key);
    } catch {
      // Bad arguments: the field's own resolver will say so.
    }
  };

  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet);
  for (const nodes of byResponseName.values()) addField(nodes);
  return [...keys.values()];
}
