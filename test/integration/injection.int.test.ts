import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildLociSchema } from '../../src/schema/schema.js';
import { NODE_TYPES } from '../../src/model/index.js';
import { graphState } from '../helpers/graph-state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { NODE_CASES, putNode, putRelationship, removeNodes } from '../helpers/security.js';

/**
 * Cypher-injection attempts in EVERY String and ID argument of the schema, generated from the
 * schema itself: every argument of every field (root fields, and the fields of each node type,
 * reached through `node(id)`), and every String/ID field of the input objects they take, at any
 * depth. Each payload is sent (as an admin, so writes reach the database) and must get a 4xx, a
 * coded client error or a harmless answer; afterwards the graph outside this test's scratch nodes
 * is exactly as before (counts and checksum).
 */
const P = 'sec-inj';
const PAYLOADS = [
  "x' }) MATCH (n) DETACH DELETE n //",
  '"}) RETURN 1 //',
  "hivos'}) WITH 1 AS x MATCH (n:Entity) SET n.hacked = true //",
  '`Entity`) DETACH DELETE n //',
  '\u0000',
  'a\u0001\u0007\u001b[31m\u007f',
  'line\r\nbreak\t) OR 1=1 //',
  "\\' OR '1'='1",
  '$id',
  '{id: "hivos"}',
  'hivos\u202e',
  '*',
];

/** Where a payload goes: a root field's argument, possibly inside input objects (`path`), or a node type's field argument. */
interface Slot {
  label: string;
  operation: 'query' | 'mutation';
  /** For a node type's field: the node type, reached through node(id). */
  onType?: string;
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  path: string[];
}

let server: TestServer;
let schema: GraphQLSchema;
let admin: string;
const seedIdOf: Record<string, string> = {};
let createdCounter = 0;

beforeAll(async () => {
  server = await startTestServer();
  schema = await buildLociSchema();
  admin = await server.token('admin');
  await removeNodes(server.db, P);
  for (const { type, input } of NODE_CASES) await putNode(server.db, type, `${P}-${type.toLowerCase()}`, input);
  await putRelationship(server.db, 'ABOUT', `${P}-initiative`, `${P}-theme`);
  // The seeds hold no contracting process (only imports bring them): a scratch one stands in.
  await putNode(server.db, 'ContractingProcess', `${P}-process`, { ocid: `${P}-process`, title: 'Security Test Process' });
  for (const type of NODE_TYPES) {
    const [row] = await server.db.read(`MATCH (n:${type}) WHERE NOT n.id STARTS WITH $p RETURN n.id AS id ORDER BY n.id LIMIT 1`, { p: 'sec-' });
    seedIdOf[type] = (row?.id as string | undefined) ?? `${P}-process`;
  }
});
afterAll(async () => {
  await removeNodes(server.db, P);
  await server.close();
});

/** Every String/ID slot of the schema. */
function findSlots(): Slot[] {
  const slots: Slot[] = [];
  const inputPaths = (type: GraphQLInputType, path: string[], seen: Set<string>): string[][] => {
    const named = getNamedType(type);
    if (isScalarType(named)) return ['String', 'ID', '_Any'].includes(named.name) ? [path] : [];
    if (!isInputObjectType(named) || seen.has(named.name)) return [];
    return Object.values(named.getFields()).flatMap((f) => inputPaths(f.type, [...path, f.name], new Set([...seen, named.name])));
  };
  const addField = (operation: Slot['operation'], field: GraphQLField<unknown, unknown>, onType?: string) => {
    for (const arg of field.args) {
      for (const path of inputPaths(arg.type, [], new Set())) {
        slots.push({ label: `${onType ?? operation}.${field.name}(${[arg.name, ...path].join('.')})`, operation, onType, field, arg, path });
      }
    }
  };
  for (const field of Object.values(schema.getQueryType()!.getFields())) addField('query', field);
  for (const field of Object.values(schema.getMutationType()!.getFields())) addField('mutation', field);
  for (const type of NODE_TYPES) {
    const object = schema.getType(type);
    if (isObjectType(object)) for (const field of Object.values(object.getFields())) addField('query', field, type);
  }
  return slots;
}

/** A valid value for an input type; `id`-like arguments point at this test's scratch nodes. */
function sampleValue(type: GraphQLInputType, name: string, context: { field: string; typeOf?: string }): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name, context);
  if (isListType(type)) return [sampleValue(type.ofType, name, context)];
  const named = type as GraphQLNamedType;
  if (isEnumType(named)) {
    if (named.name === 'RelationshipType') return 'ABOUT';
    return named.getValues()[0].value;
  }
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      if (isNonNullType(f.type) || (named.name === 'ConnectInput' && ['from', 'to'].includes(f.name))) value[f.name] = sampleValue(f.type, f.name, context);
      if (named.name.startsWith('Create') && f.name === 'id') value.id = `${P}-created-${++createdCounter}`;
    }
    return value;
  }
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2020';
    case 'DateTime':
      return '2020-01-01T00:00:00Z';
    case '_Any':
      return { __typename: 'Organisation', id: 'hivos' };
    case 'ID':
      return sampleId(name, context);
    default:
      return name === 'text' ? 'open contracting' : name === 'sources' ? 'injection test' : 'Injection test';
  }
}

function sampleId(name: string, { field, typeOf }: { field: string; typeOf?: string }): string {
  if (name === 'from') return `${P}-initiative`;
  if (name === 'to') return field === 'connect' || field === 'disconnect' ? `${P}-theme` : 'hivos';
  const mutated = /^(update|delete)(\w+)$/.exec(field);
  if (mutated) return `${P}-${mutated[2].toLowerCase()}`;
  if (typeOf) return seedIdOf[typeOf];
  return 'loci';
}

/** The payload placed at `path` inside a valid value of the argument's type. */
function withPayload(type: GraphQLInputType, path: string[], payload: unknown, context: { field: string; typeOf?: string }, name: string): unknown {
  if (path.length === 0) {
    const inner = getNullableType(type);
    if (isListType(inner)) return [withPayload(inner.ofType, [], payload, context, name)];
    if (isScalarType(getNamedType(type)) && getNamedType(type).name === '_Any') return { __typename: 'Organisation', id: payload };
    return payload;
  }
  const inner = getNullableType(type);
  if (isListType(inner)) return [withPayload(inner.ofType, path, payload, context, name)];
  const base = (sampleValue(type, name, context) ?? {}) as Record<string, unknown>;
  const object = getNamedType(type);
  if (!isInputObjectType(object)) return base;
  const [head, ...rest] = path;
  return { ...base, [head]: withPayload(object.getFields()[head].type, rest, payload, context, head) };
}

/** The operation text and variables that put `payload` in `slot`. */
function buildRequest(slot: Slot, payload: string): { query: string; variables: Record<string, unknown> } {
  const context = { field: slot.field.name, typeOf: slot.onType };
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of slot.field.args) {
    const value = arg === slot.arg ? withPayload(arg.type, slot.path, payload, context, arg.name) : isNonNullType(arg.type) ? sampleValue(arg.type, arg.name, context) : undefined;
    if (value === undefined) continue;
    variables[arg.name] = value;
    declarations.push(`$${arg.name}: ${arg.type}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const returned = getNamedType(slot.field.type);
  const selection = isObjectType(returned) || isInterfaceType(returned) ? ' { __typename }' : '';
  let body = `${slot.field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
  if (slot.onType) body = `node(id: "${seedIdOf[slot.onType]}") { ... on ${slot.onType} { ${body} } }`;
  return { query: `${slot.operation}${declarations.length ? ` (${declarations.join(', ')})` : ''} { ${body} }`, variables };
}

describe('Cypher injection in every string argument', () => {
  it('finds the string arguments of the schema', () => {
    const slots = findSlots();
    expect(slots.length).toBeGreaterThan(150);
    const labels = slots.map((s) => s.label);
    for (const expected of ['query.search(text)', 'query.node(id)', 'mutation.connect(input.role)', 'mutation.createOrganisation(input.identifiers.scheme)', 'query._entities(representations)', 'Organisation.people(after)', 'mutation.restoreNode(auditEntryId)']) {
      expect(labels).toContain(expected);
    }
  });

  it('answers each attempt with a 4xx, a coded error or a harmless result, and leaves the graph unchanged', async () => {
    const before = await graphState(server.db, { excludeIdPrefix: P });
    const failures: string[] = [];
    let sent = 0;
    for (const slot of findSlots()) {
      for (const payload of PAYLOADS) {
        const { query, variables } = buildRequest(slot, payload);
        const res = await server.gql(query, variables, { token: admin });
        sent++;
        const uncoded = (res.errors ?? []).filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
        if (res.status >= 500 || uncoded.length > 0) failures.push(`${slot.label} ${JSON.stringify(payload)}: ${res.status} ${JSON.stringify(res.errors)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1_500);
    const [hacked] = await server.db.read('MATCH (n) WHERE n.hacked IS NOT NULL RETURN count(n) AS n');
    expect(hacked.n).toBe(0);
    expect(await graphState(server.db, { excludeIdPrefix: P })).toEqual(before);
  }, 600_000);
});
