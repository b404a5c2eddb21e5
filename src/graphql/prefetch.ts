import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { NodeType } from '../model/index.js';
import type { RelatedKey } from '../graph/relationship.repository.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../graph/relationship-fields.js';
import { decodeIdCursor } from './pagination.js';

/**
 * The relationship fields the current field's selection will load on the node of `type` with
 * `id` it resolves to: one RelatedKey per relationship field selected (aliases and fragments
 * included), with the page its resolver will ask for (resolveRelation, resolveSingle). Fields
 * with invalid arguments are left out: their resolver reports the error as usual. A root
 * resolver loads the node and these pages in one round trip (Loaders.nodeWithRelated) instead
 * of two.
 */
export function selectedRelatedKeys(info: GraphQLResolveInfo, type: NodeType, id: string, maxPageSize: number): RelatedKey[] {
  const objectType = info.schema.getType(type);
  if (!isObjectType(objectType)) return [];
  const keys = new Map<string, RelatedKey>();
  const interfaces = new Set(objectType.getInterfaces().map((i) => i.name));
  const appliesHere = (typeCondition: string | undefined) => !typeCondition || typeCondition === type || interfaces.has(typeCondition);

  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) addField(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesHere(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && appliesHere(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };

  const addField = (node: FieldNode) => {
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
      const key: RelatedKey = { id, field: name, first, after };
      keys.set(`${name}|${first}|${after ?? ''}`, key);
    } catch {
      // Bad arguments: the field's own resolver will say so.
    }
  };

  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet);
  return [...keys.values()];
}
