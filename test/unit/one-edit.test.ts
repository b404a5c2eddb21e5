import { describe, expect, it } from 'vitest';
import { Arg, Ctx, Directive, ID, InputType, ObjectType, Query, Resolver, buildSchema, type ClassType } from 'type-graphql';
import { GraphQLObjectType, GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { NODE_PROPERTIES, NODE_TYPES, RELATIONSHIP_FIELDS, RELATIONSHIP_SPECS, name, recordSchemaOf, type PropertySpecs, type RelationshipField, type RelationshipSpec } from '../../src/model/index.js';
import { Node } from '../../src/graphql/node.interface.js';
import { createMutationResolver } from '../../src/graphql/mutation-resolver.factory.js';
import { declareStoredFields, mutationInputsOf } from '../../src/graphql/stored-fields.js';
import { declareRelationshipFields } from '../../src/entities/relationship-fields.js';
import { relationshipCoverageProblems } from '../../src/graphql/relationship-coverage.js';
import { BaseFilter, declarePropertyFilters } from '../../src/graphql/filters.js';
import { propertyFilters, toConditions } from '../../src/graph/filter.cypher.js';
import type { Context } from '../../src/context.js';

/**
 * The "one edit" claim: a copy of the model gains a node type, Award, with two properties and
 * one relationship (an organisation RECEIVED an award), and nothing else is written by hand but
 * the queries that serve it. The object type, its mutation inputs, its list filter (input and
 * Cypher), its relationship field and the record check of the importer and the mutations are all
 * derived from the copy.
 */
const AWARD_PROPERTIES = {
  name: { graphql: 'String', check: name, required: true, description: 'Name of the award, e.g. "Open Contracting Champion 2024".' },
  year: { graphql: 'Float', check: z.number().int().min(1900), description: 'The year it was given.', filter: { kind: 'equals', description: 'Given in this year.' } },
} satisfies PropertySpecs;

const model = {
  properties: { ...NODE_PROPERTIES, Award: AWARD_PROPERTIES } as Record<string, PropertySpecs>,
  specs: { ...RELATIONSHIP_SPECS, RECEIVED: { from: ['Organisation'], to: ['Award'], properties: [], description: 'An organisation received an award.' } } as unknown as Record<string, RelationshipSpec>,
  fields: {
    ...RELATIONSHIP_FIELDS,
    'Award.recipient': { owner: 'Award', name: 'recipient', relationship: 'RECEIVED', direction: 'IN', target: 'Organisation', cardinality: 'one', description: 'Who received it (RECEIVED).' },
  } as unknown as Record<string, RelationshipField>,
};

/** What a new node type's files hold: its object type and its queries, each from the model copy. */
async function schemaWithAward(): Promise<GraphQLSchema> {
  @Directive('@key(fields: "id")')
  @ObjectType('Award', { implements: Node, simpleResolvers: true, description: 'A prize given to a reformer.' })
  class Award extends Node {}
  declareStoredFields(Award, model.properties.Award);

  @InputType('AwardFilter')
  class AwardFilter extends BaseFilter {}
  declarePropertyFilters(AwardFilter, model.properties.Award);

  @Resolver(() => Award)
  class AwardResolver {
    @Query(() => [Award])
    awards(@Arg('filter', () => AwardFilter, { nullable: true }) _filter: AwardFilter) {
      return [];
    }

    @Query(() => Award, { nullable: true })
    award(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      return ctx.loaders.nodeById.load(id);
    }
  }
  declareRelationshipFields(AwardResolver as ClassType, 'Award' as never, model.fields);
  const mutations = createMutationResolver({ type: 'Award' as never, classType: Award, ...mutationInputsOf('Award', model.properties.Award) });
  return buildSchema({ resolvers: [AwardResolver, mutations], validate: false, skipCheck: true, authChecker: () => true });
}

describe('adding a node type to a copy of the model', () => {
  it('gives it an object type with its properties, nullable unless required, described as the model says', async () => {
    const award = (await schemaWithAward()).getType('Award') as GraphQLObjectType;
    const fields = award.getFields();
    expect(String(fields.name.type)).toBe('String!');
    expect(String(fields.year.type)).toBe('Float');
    expect(fields.year.description).toBe('The year it was given.');
    expect(award.getInterfaces().map((i) => i.name)).toEqual(['Node']);
  });

  it('gives it create and update inputs, and the mutations that take them', async () => {
    const schema = await schemaWithAward();
    const create = schema.getType('CreateAwardInput') as GraphQLInputObjectType;
    const update = schema.getType('UpdateAwardInput') as GraphQLInputObjectType;
    expect(Object.fromEntries(Object.values(create.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({ id: 'ID', name: 'String!', year: 'Float', sources: '[String!]!', uncertain: 'Boolean' });
    expect(Object.values(update.getFields()).map((f) => String(f.type))).toEqual(['String', 'Float', '[String!]', 'Boolean']);
    expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(['createAward', 'updateAward', 'deleteAward']);
  });

  it('gives it its relationship field, one node and nullable, and the coverage check follows the copy', async () => {
    const schema = await schemaWithAward();
    const recipient = (schema.getType('Award') as GraphQLObjectType).getFields().recipient;
    expect(String(recipient.type)).toBe('Organisation');
    expect(recipient.description).toBe('Who received it (RECEIVED).');
    // This schema serves only Award's side, so the check names exactly the end still to write.
    const problems = relationshipCoverageProblems({ ...model, nodeTypes: ['Award' as never], schema, customFields: [] });
    expect(problems.filter((p) => p.includes('Award') || p.includes('RECEIVED'))).toEqual(['RECEIVED has no field on Organisation that follows it OUT']);
  });

  it('gives its lists a filter on the property that declares one, input and Cypher condition', async () => {
    const filter = (await schemaWithAward()).getType('AwardFilter') as GraphQLInputObjectType;
    expect(Object.fromEntries(Object.values(filter.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({ text: 'String', ids: '[ID!]', synthetic: 'Boolean', year: 'Float' });
    expect(filter.getFields().year.description).toBe('Given in this year.');
    const conditions = toConditions('Award' as never, { year: 2024 }, propertyFilters(model.properties.Award));
    expect(conditions).toEqual([{ cypher: 'n.year = $f_year', params: { f_year: 2024 } }]);
  });

  it('makes the importer and the mutations check its records: required name, numeric year, no unknown field', () => {
    const check = recordSchemaOf(model.properties.Award);
    expect(check.safeParse({ id: 'champion-2024', name: 'Champion 2024', year: 2024, sources: ['https://example.org'] }).success).toBe(true);
    const missing = check.safeParse({ id: 'champion-2024', year: 2024, sources: ['https://example.org'] });
    expect(missing.error?.issues[0].path).toEqual(['name']);
    expect(check.safeParse({ id: 'x', name: 'X', year: 'soon', sources: ['s'] }).error?.issues[0].path).toEqual(['year']);
    expect(check.safeParse({ id: 'x', name: 'X', colour: 'gold', sources: ['s'] }).error?.issues[0].code).toBe('unrecognized_keys');
  });

  it('leaves the real model as it was', () => {
    expect(NODE_TYPES).not.toContain('Award');
  });
});
