import { Field, ID, InputType, type ClassType } from 'type-graphql';
import type { PropertySpecs } from '../model/index.js';
import { graphqlTypeOf } from './property-types.js';

/**
 * The GraphQL side of node-properties.ts: a node type's stored properties as fields of its
 * object type, and as its Create/Update mutation inputs. Their GraphQL types catch shape errors;
 * the model's record schemas (records.ts, from the same properties) then check lengths, formats
 * and required sources, so the API and the seed importer accept exactly the same records.
 */

/** Declares each property as a field of the object type, in the model's order, nullable unless required. */
export function declareStoredFields(objectClass: ClassType, properties: PropertySpecs): void {
  for (const [name, property] of Object.entries(properties)) {
    Field(graphqlTypeOf(property, 'output'), { nullable: !property.required, description: property.description })(objectClass.prototype, name);
  }
}

const ID_DESCRIPTION = 'Readable slug id (lowercase letters, digits, dashes); made from the name or title when omitted.';
const SOURCES_DESCRIPTION = 'Where the facts come from: document names or addresses (at least one).';
const UNCERTAIN_DESCRIPTION = 'True when a source supports the record only in part.';

/** A class of its own name (type-graphql tells input types apart by class). */
const namedClass = (name: string): ClassType => ({ [name]: class {} })[name];

/** Declares the writable properties on an input class; `create` keeps required ones required, update makes all optional. */
function declareInputFields(inputClass: ClassType, properties: PropertySpecs, create: boolean): void {
  const proto = inputClass.prototype;
  if (create) Field(() => ID, { nullable: true, description: ID_DESCRIPTION })(proto, 'id');
  for (const [name, property] of Object.entries(properties)) {
    if (property.writable === false) continue;
    const description = property.inputDescription ?? property.description;
    Field(graphqlTypeOf(property, 'input'), { nullable: !(create && property.required), description })(proto, name);
  }
  Field(() => [String], { nullable: !create, description: SOURCES_DESCRIPTION })(proto, 'sources');
  Field(() => Boolean, { nullable: true, description: UNCERTAIN_DESCRIPTION })(proto, 'uncertain');
}

/** `CreateXInput` and `UpdateXInput` of a node type, from its properties. */
export function mutationInputsOf(type: string, properties: PropertySpecs): { createInput: ClassType; updateInput: ClassType } {
  const createInput = namedClass(`Create${type}Input`);
  declareInputFields(createInput, properties, true);
  InputType(`Create${type}Input`, { description: `Fields of a new ${type}.` })(createInput);
  const updateInput = namedClass(`Update${type}Input`);
  declareInputFields(updateInput, properties, false);
  InputType(`Update${type}Input`, { description: `Fields to change on an existing ${type}; omitted fields stay as they are, null clears an optional field.` })(updateInput);
  return { createInput, updateInput };
}
