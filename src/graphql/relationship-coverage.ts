import { getNamedType, isInterfaceType, isNonNullType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { NodeType, RelationshipField, RelationshipSpec } from '../model/index.js';

/** What the check compares: the model's relationships and fields, the schema, and the fields written by hand. */
export interface RelationshipCoverageInput {
  specs: Readonly<Record<string, RelationshipSpec>>;
  fields: Readonly<Record<string, RelationshipField>>;
  nodeTypes: readonly NodeType[];
  schema: GraphQLSchema;
  /** Fields that reach related nodes without being one model field (`Organisation.contracting`). */
  customFields: readonly string[];
}

/** Whether a schema field reaches related nodes: a node type, Node, or a relation connection. */
function reachesNodes(field: GraphQLField<unknown, unknown>, nodeTypes: readonly string[]): boolean {
  const named = getNamedType(field.type).name;
  return nodeTypes.includes(named) || named === 'Node' || named.endsWith('RelationConnection');
}

/** Problems of one model field against its relationship and the schema. */
function fieldProblems(key: string, field: RelationshipField, input: RelationshipCoverageInput): string[] {
  const problems: string[] = [];
  const spec = input.specs[field.relationship];
  const [near, far] = field.direction === 'OUT' ? [spec?.from, spec?.to] : [spec?.to, spec?.from];
  if (!spec) problems.push(`${key} follows ${field.relationship}, which the model does not declare`);
  else if (!near!.includes(field.owner) || (field.target !== null && !far!.includes(field.target))) {
    problems.push(`${key} follows ${field.relationship} ${field.direction} from ${field.owner} to ${field.target ?? 'Node'}, which that relationship does not join`);
  }
  const type = input.schema.getType(field.owner);
  const definition = isObjectType(type) ? type.getFields()[field.name] : undefined;
  if (!definition) return [...problems, `${key} is in the model but not in the schema`];
  const expected = field.cardinality === 'many' ? `${field.target ?? 'Node'}RelationConnection` : (field.target ?? 'Node');
  if (getNamedType(definition.type).name !== expected) problems.push(`${key} returns ${String(definition.type)} in the schema, not ${expected}`);
  const paged = definition.args.some((a) => a.name === 'first');
  if (paged !== (field.cardinality === 'many')) problems.push(`${key} is ${field.cardinality} in the model but ${paged ? '' : 'not '}paged in the schema`);
  if (field.cardinality === 'one' && isNonNullType(definition.type)) problems.push(`${key} must be nullable: a node may have no such relationship`);
  return problems;
}

/**
 * Every way the model's relationships and the schema's relationship fields disagree, as
 * sentences; empty when they agree. Each end of every relationship needs a field (a relationship
 * no node type can follow is invisible to clients), every model field must be in the schema with
 * the type its cardinality gives, and every schema field that reaches related nodes must be a
 * model field or one written by hand (customFields).
 */
export function relationshipCoverageProblems(input: RelationshipCoverageInput): string[] {
  const fields = Object.entries(input.fields);
  const problems = fields.flatMap(([key, field]) => fieldProblems(key, field, input));
  for (const [relationship, spec] of Object.entries(input.specs)) {
    for (const [direction, ends] of [['OUT', spec.from], ['IN', spec.to]] as const) {
      for (const owner of ends) {
        const followed = fields.some(([, f]) => f.relationship === relationship && f.direction === direction && f.owner === owner);
        if (!followed) problems.push(`${relationship} has no field on ${owner} that follows it ${direction}`);
      }
    }
  }
  for (const owner of input.nodeTypes) {
    const type = input.schema.getType(owner);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${owner}.${field.name}`;
      if (reachesNodes(field, input.nodeTypes) && !input.fields[key] && !input.customFields.includes(key)) problems.push(`${key} reaches related nodes in the schema but is not a model relationship field`);
    }
  }
  return problems;
}
