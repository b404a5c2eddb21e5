import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildLociSchema } from '../../src/schema/schema.js';
import { relationshipCoverageProblems, type RelationshipCoverageInput } from '../../src/graphql/relationship-coverage.js';
import { CUSTOM_RELATION_FIELDS } from '../../src/entities/organisation-contracting.resolver.js';
import { NODE_TYPES, RELATIONSHIP_FIELDS, RELATIONSHIP_SPECS, type RelationshipField, type RelationshipSpec } from '../../src/model/index.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildLociSchema();
});

/** The real model and schema, with any part replaced. */
const input = (overrides: Partial<RelationshipCoverageInput> = {}): RelationshipCoverageInput => ({
  specs: RELATIONSHIP_SPECS as Record<string, RelationshipSpec>,
  fields: RELATIONSHIP_FIELDS,
  nodeTypes: NODE_TYPES,
  schema,
  customFields: CUSTOM_RELATION_FIELDS,
  ...overrides,
});

describe('relationship fields: the model and the schema', () => {
  it('agree: every relationship is followed from both ends, every model field is in the schema and every schema field is in the model', () => {
    expect(relationshipCoverageProblems(input())).toEqual([]);
  });

  it('every model field is served with its description, its cardinality and the relationship it names', () => {
    const initiative = schema.getType('Initiative') as GraphQLObjectType;
    const partners = initiative.getFields().partners;
    expect(partners.description).toBe(RELATIONSHIP_FIELDS['Initiative.partners'].description);
    expect(String(partners.type)).toBe('OrganisationRelationConnection!');
    expect(partners.args.map((a) => a.name)).toEqual(['first', 'after']);
    expect(String(initiative.getFields().place.type)).toBe('Place');
  });

  it('fail when the model loses a field the schema serves', () => {
    const { ['Learning.presentedAt']: _gone, ...fields } = RELATIONSHIP_FIELDS;
    expect(relationshipCoverageProblems(input({ fields }))).toEqual([
      'PRESENTED_AT has no field on Learning that follows it OUT',
      'Learning.presentedAt reaches related nodes in the schema but is not a model relationship field',
    ]);
  });

  it('fail when the model has a field the schema does not serve', () => {
    const extra: RelationshipField = { owner: 'Theme', name: 'places', relationship: 'LOCATED_IN', direction: 'IN', target: 'Place', cardinality: 'many', description: 'x' };
    const problems = relationshipCoverageProblems(input({ fields: { ...RELATIONSHIP_FIELDS, 'Theme.places': extra } }));
    expect(problems).toContain('Theme.places is in the model but not in the schema');
    expect(problems).toContain('Theme.places follows LOCATED_IN IN from Theme to Place, which that relationship does not join');
  });

  it('fail when a relationship of the model has no field at either end', () => {
    const specs = { ...RELATIONSHIP_SPECS, MENTORS: { from: ['Actor'], to: ['Actor'], properties: [], description: 'One person mentors another.' } } as Record<string, RelationshipSpec>;
    expect(relationshipCoverageProblems(input({ specs }))).toEqual(['MENTORS has no field on Actor that follows it OUT', 'MENTORS has no field on Actor that follows it IN']);
  });
});
