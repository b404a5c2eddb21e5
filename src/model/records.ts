import { z } from 'zod';
import { PARTNER_ROLES } from './enums.js';
import { NODE_TYPES, type NodeType } from './node-types.js';
import { common, currency, idSchema, name, partialDateSchema, sources } from './checks.js';
import { NODE_PROPERTIES, type PropertySpecs } from './node-properties.js';

/**
 * Record schemas: the shape of a node or relationship as it is written to the graph, shared by
 * the seed importer and the mutations. Unknown fields are refused (a typo must not vanish).
 * A node type's schema is derived from its properties (node-properties.ts).
 */

type CheckOf<P> = P extends { check: infer C extends z.ZodType } ? (P extends { required: true } ? C : z.ZodOptional<C>) : never;
type ShapeOf<S> = { -readonly [K in keyof S]: CheckOf<S[K]> };

/** The record schema of a node type with these properties: the common fields and each property's check, optional unless required. */
export function recordSchemaOf<S extends PropertySpecs>(properties: S) {
  const own = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, p.required ? p.check : p.check.optional()]));
  return z.strictObject({ ...common, ...(own as ShapeOf<S>) });
}

type NodeSchemas = { [T in NodeType]: ReturnType<typeof recordSchemaOf<(typeof NODE_PROPERTIES)[T]>> };

export const nodeSchemas = Object.fromEntries(NODE_TYPES.map((type) => [type, recordSchemaOf(NODE_PROPERTIES[type])])) as NodeSchemas;

export type NodeRecord<T extends NodeType = NodeType> = z.infer<(typeof nodeSchemas)[T]>;

export const relationshipSchema = z.strictObject({
  type: z.string().min(1),
  from: idSchema,
  to: idSchema,
  role: name.optional(),
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
  awardId: name.optional(),
  amount: z.number().nonnegative().optional(),
  currency: currency.optional(),
  date: partialDateSchema.optional(),
  status: name.optional(),
  sources: sources.optional(),
  uncertain: z.boolean().optional(),
  synthetic: z.boolean().optional(),
  datasetIds: z.array(idSchema).optional(),
});

export type RelationshipRecord = z.infer<typeof relationshipSchema>;

export const partnerRoleSchema = z.enum(PARTNER_ROLES);
