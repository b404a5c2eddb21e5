import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'type-graphql';
import { buildASTSchema, parse, printType, type GraphQLInputObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { z } from 'zod';
import { MODEL, NODE_TYPES, RELATIONSHIP_SPECS, name, nodeTypeBySeedKey, recordSchemaOf, type Model, type PropertySpecs, type RelationshipSpec } from '../../src/model/index.js';
import { createNodeApis } from '../../src/entities/node-api.factory.js';
import { relationshipCoverageProblems } from '../../src/graphql/relationship-coverage.js';
import { propertyFilters, relationshipFilters, toConditions } from '../../src/graph/filter.cypher.js';

/**
 * The "one edit" claim: a copy of the model gains a node type, Award, with two properties, one
 * relationship (an organisation RECEIVED an award) followed from both ends, and a filter on it.
 * Nothing is written by hand: the function that builds the app's node types (createNodeApis)
 * builds the copy's, Award included: its object type, queries, connection, filter input,
 * relationship fields, mutations, and the record check and seed key of the importer.
 *
 * This file builds no schema of the app itself (type-graphql keeps every class it is given, and
 * the app's Organisation beside the copy's would be two types of one name).
 */
const AWARD_PROPERTIES = {
  name: { graphql: 'String', check: name, required: true, description: 'Name of the award, e.g. "Open Contracting Champion 2024".' },
  year: { graphql: 'Float', check: z.number().int().min(1900), description: 'The year it was given.', filter: { kind: 'equals', description: 'Given in this year.' } },
} satisfies PropertySpecs;

const copy: Model & { specs: Record<string, RelationshipSpec> } = {
  nodeTypes: {
    ...MODEL.nodeTypes,
    Award: { seedKey: 'awards', labelProperty: 'name', description: 'A prize given to a reformer.', single: 'award', plural: 'awards', filterDescription: 'Filters for awards.' },
  },
  properties: { ...MODEL.properties, Award: AWARD_PROPERTIES },
  relationshipFields: {
    ...MODEL.relationshipFields,
    'Award.recipient': { owner: 'Award' as never, name: 'recipient', relationship: 'RECEIVED' as never, direction: 'IN', target: 'Organisation', cardinality: 'one', description: 'Who received it (RECEIVED).' },
    'Organisation.awards': { owner: 'Organisation', name: 'awards', relationship: 'RECEIVED' as never, direction: 'OUT', target: 'Award' as never, cardinality: 'many', description: 'Awards it received (RECEIVED).' },
  },
  relationshipFilters: { ...MODEL.relationshipFilters, Award: { recipient: { fields: ['Award.recipient'], match: 'one', description: 'Received by this organisation.' } } },
  specs: { ...RELATIONSHIP_SPECS, RECEIVED: { from: ['Organisation'], to: ['Award'], properties: [], description: 'An organisation received an award.' } } as unknown as Record<string, RelationshipSpec>,
};

// Built once: a second build of the same model would declare its types twice.
const apis = createNodeApis(copy);
const schemaPromise = buildSchema({ resolvers: [...apis.resolvers, ...apis.mutationResolvers] as never, validate: false, skipCheck: true, authChecker: () => true });
const schemaWithAward = (): Promise<GraphQLSchema> => schemaPromise;

const fieldTypes = (type: GraphQLNamedType | undefined | null) =>
  Object.fromEntries(Object.values((type as GraphQLObjectType | GraphQLInputObjectType).getFields()).map((f) => [f.name, String(f.type)]));

describe('adding a node type to a copy of the model', () => {
  it('gives it an entity object type with its properties, nullable unless required, described as the model says', async () => {
    const schema = await schemaWithAward();
    const award = schema.getType('Award') as GraphQLObjectType;
    expect(award.description).toBe('A prize given to a reformer.');
    expect(String(award.getFields().name.type)).toBe('String!');
    expect(String(award.getFields().year.type)).toBe('Float');
    expect(award.getFields().year.description).toBe('The year it was given.');
    expect(award.getInterfaces().map((i) => i.name)).toEqual(['Node']);
    expect(printSchemaWithDirectives(schema)).toContain('type Award implements Node @key(fields: "id")');
  });

  it('gives it a query by id and a paged, filtered, sorted list with its own connection', async () => {
    const schema = await schemaWithAward();
    const query = schema.getQueryType()!.getFields();
    expect(String(query.award.type)).toBe('Award');
    expect(query.award.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['id: ID!']);
    expect(String(query.awards.type)).toBe('AwardConnection!');
    expect(query.awards.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['first: Int!', 'after: String', 'filter: AwardFilter', 'orderBy: NodeOrder']);
    expect(fieldTypes(schema.getType('AwardConnection'))).toEqual({ totalCount: 'Int!', edges: '[AwardEdge!]!', pageInfo: 'PageInfo!' });
    expect(fieldTypes(schema.getType('AwardEdge'))).toEqual({ cursor: 'String!', node: 'Award!' });
  });

  it('gives its list a filter input on the relationship and the property that declare one, and their Cypher conditions', async () => {
    const filter = (await schemaWithAward()).getType('AwardFilter') as GraphQLInputObjectType;
    expect(filter.description).toBe('Filters for awards.');
    expect(fieldTypes(filter)).toEqual({ text: 'String', ids: '[ID!]', synthetic: 'Boolean', recipient: 'ID', year: 'Float' });
    expect(filter.getFields().year.description).toBe('Given in this year.');
    const translations = { ...propertyFilters(copy.properties.Award), ...relationshipFilters(copy.relationshipFilters.Award, copy.relationshipFields) };
    expect(toConditions('Award' as never, { year: 2024, recipient: 'hivos' }, translations)).toEqual([
      { cypher: 'n.year = $f_year', params: { f_year: 2024 } },
      { cypher: 'EXISTS { MATCH (n)<-[:RECEIVED]-(:Organisation {id: $f_recipient}) }', params: { f_recipient: 'hivos' }, anchor: '(n)<-[:RECEIVED]-(:Organisation {id: $f_recipient})' },
    ]);
  });

  it('gives it and Organisation their relationship fields, and the coverage check of the whole copy finds nothing missing', async () => {
    const schema = await schemaWithAward();
    const recipient = (schema.getType('Award') as GraphQLObjectType).getFields().recipient;
    expect(String(recipient.type)).toBe('Organisation');
    expect(recipient.description).toBe('Who received it (RECEIVED).');
    expect(String((schema.getType('Organisation') as GraphQLObjectType).getFields().awards.type)).toBe('AwardRelationConnection!');
    const nodeTypes = Object.keys(copy.nodeTypes) as never[];
    expect(relationshipCoverageProblems({ specs: copy.specs, fields: copy.relationshipFields, nodeTypes, schema, customFields: [] })).toEqual([]);
  });

  it('gives it create and update inputs, and the mutations that take them', async () => {
    const schema = await schemaWithAward();
    expect(fieldTypes(schema.getType('CreateAwardInput'))).toEqual({ id: 'ID', name: 'String!', year: 'Float', sources: '[String!]!', uncertain: 'Boolean' });
    expect(Object.values(fieldTypes(schema.getType('UpdateAwardInput')))).toEqual(['String', 'Float', '[String!]', 'Boolean']);
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((f) => f.endsWith('Award'))).toEqual(['createAward', 'updateAward', 'deleteAward']);
  });

  it('gives the importer its seed key and makes the importer and the mutations check its records', () => {
    expect(nodeTypeBySeedKey(copy.nodeTypes).get('awards')).toBe('Award');
    const check = recordSchemaOf(copy.properties.Award);
    expect(check.safeParse({ id: 'champion-2024', name: 'Champion 2024', year: 2024, sources: ['https://example.org'] }).success).toBe(true);
    expect(check.safeParse({ id: 'champion-2024', year: 2024, sources: ['https://example.org'] }).error?.issues[0].path).toEqual(['name']);
    expect(check.safeParse({ id: 'x', name: 'X', year: 'soon', sources: ['s'] }).error?.issues[0].path).toEqual(['year']);
    expect(check.safeParse({ id: 'x', name: 'X', colour: 'gold', sources: ['s'] }).error?.issues[0].code).toBe('unrecognized_keys');
  });

  it("builds the app's own node types from the copy exactly as the committed schema has them", async () => {
    const schema = await schemaWithAward();
    const committed = buildASTSchema(parse(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8')), { assumeValidSDL: true });
    // Organisation gains `awards` in the copy and has `contracting` (a resolver of its own) in the app.
    for (const type of NODE_TYPES.filter((t) => t !== 'Organisation')) {
      for (const name of [type, `${type}Connection`, `${type}Edge`, `${type}Filter`, `${type}RelationConnection`, `Create${type}Input`, `Update${type}Input`]) {
        const built = schema.getType(name);
        if (built || committed.getType(name)) expect({ name, sdl: built && printType(built) }).toEqual({ name, sdl: printType(committed.getType(name)!) });
      }
    }
    const queries = (s: GraphQLSchema) => Object.values(s.getQueryType()!.getFields()).filter((f) => f.name !== 'award' && f.name !== 'awards');
    const signature = (s: GraphQLSchema) => queries(s).map((f) => `${f.name}(${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(f.type)}`);
    expect(signature(committed).filter((q) => signature(schema).includes(q))).toEqual(signature(schema));
  });

  it('leaves the real model as it was', () => {
    expect(NODE_TYPES).not.toContain('Award');
  });
});
