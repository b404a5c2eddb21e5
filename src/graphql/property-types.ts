import { Float, type ClassType } from 'type-graphql';
import type { GraphQLScalarType } from 'graphql';
import type { PropertySpec } from '../model/index.js';
import * as Enums from './enums.js';
import { DateScalar } from './scalars.js';
import { Address, Identifier, IdentifierInput } from './structured.types.js';

type GraphQLTypeRef = ClassType | GraphQLScalarType | object | typeof String | typeof Boolean;

/** The scalars a property may have, by the name node-properties.ts gives them. */
const SCALARS: Record<string, GraphQLTypeRef> = { String, Boolean, Float, Date: DateScalar };

/** The structured property types: what they are served as, and what they are written as (null: not writable). */
const STRUCTURED: Record<string, { output: ClassType; input: ClassType | null }> = {
  Identifier: { output: Identifier, input: IdentifierInput },
  Address: { output: Address, input: null },
};

/** The model's enums, by their GraphQL names (`Sector`, `OrganisationKind`...). */
const ENUMS: Record<string, object> = {
  Sector: Enums.Sector,
  OrganisationKind: Enums.OrganisationKind,
  InitiativeLevel: Enums.InitiativeLevel,
  InitiativeStatus: Enums.InitiativeStatus,
  CommitmentStatus: Enums.CommitmentStatus,
  CommitmentAmbition: Enums.CommitmentAmbition,
  LearningKind: Enums.LearningKind,
  EventKind: Enums.EventKind,
  PlaceKind: Enums.PlaceKind,
};

/** The type-graphql type of a property, as served (`output`) or written (`input`); a list when the property is one. */
export function graphqlTypeOf(property: PropertySpec, side: 'output' | 'input'): () => GraphQLTypeRef {
  const name = property.graphql;
  const structured = STRUCTURED[name];
  const type = structured ? structured[side] : (SCALARS[name] ?? ENUMS[name]);
  if (!type) throw new Error(`property type ${name} is not a scalar, enum or structured type the API knows (${side})`);
  return property.list ? () => [type] : () => type;
}
