import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { NodeType } from '../model/index.js';
import type { RelatedPlan } from '../graph/related.cypher.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../model/index.js';
import { decodeIdCursor } from './pagination.js';
import { connectionNodeSets, fieldsOf, selectedRelationProjection, setsOf } from './selection-projection.js';

/**
 * How many levels of relationship fields a root query reads in its own statement. Deeper
 * levels load level by level through the batched loader, one round trip each; the bound keeps
 * any one statement (and the plan Neo4j caches for it) small.
 */
export const PREFETCH_DEPTH = 3;

/**
 * The relationship fields that the selections `sets` on a node of `type` will load, down to
 * `depth` levels: one RelatedPlan per field selected (aliases and fragments included), with the
 * page and projection its resolver will ask for (relations.ts), and the fields selected on the
 * related nodes as nested plans. Fields are taken by response name, as graphql-js merges them,
 * so each plan's key is the one its resolver computes from the same field nodes. Fields with
 * invalid arguments are left out: their resolver reports the error as usual. A root resolver
 * reads its nodes and these pages in one round trip instead of one per level.
 */
export function selectedRelatedPlans(
  info: GraphQLResolveInfo,
  type: NodeType,
  sets: readonly SelectionSetNode[],
  maxPageSize: number,
  depth = PREFETCH_DEPTH,
): RelatedPlan[] {
  const objectType = info.schema.getType(type);
  if (depth < 1 || !isObjectType(objectType)) return [];
  // Field nodes by response name (alias or name), as the resolvers will see them.
  const byResponseName = new Map<string, FieldNode[]>();
  for (const field of fieldsOf(sets, info.fragments, type)) {
    const name = field.alias?.value ?? field.name.value;
    byResponseName.set(name, [...(byResponseName.get(name) ?? []), field]);
  }

  const planOf = (nodes: FieldNode[]): RelatedPlan | null => {
    const name = `${type}.${nodes[0].name.value}` as RelationshipFieldName;
    const definition = objectType.getFields()[nodes[0].name.value];
    if (!RELATIONSHIP_FIELDS[name] || !definition) return null;
    try {
      const args = getArgumentValues(definition, nodes[0], info.variableValues) as { first?: number; after?: string | null };
      // A to-one field (no `first`) reads a page of one, as resolveSingle does.
      const paged = definition.args.some((a) => a.name === 'first');
      const first = paged ? args.first! : 1;
      if (!Number.isInteger(first) || first < 1 || first > maxPageSize) return null;
      const after = paged && args.after ? decodeIdCursor(args.after) : null;
      const projection = selectedRelationProjection(name, nodes, info.fragments, paged);
      // Below a field reaching several types, what is selected depends on each node's type.
      const target = RELATIONSHIP_FIELDS[name].target;
      const nodeSets = paged ? connectionNodeSets(nodes, info.fragments) : setsOf(nodes);
      const nested = target ? selectedRelatedPlans(info, target, nodeSets, maxPageSize, depth - 1) : [];
      return { field: name, first, after, projection, nested };
    } catch {
      // Bad arguments: the field's own resolver will say so.
      return null;
    }
  };

  return [...byResponseName.values()].map(planOf).filter((p): p is RelatedPlan => p !== null);
}
