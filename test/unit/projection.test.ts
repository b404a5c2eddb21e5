import { describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { nodeProjection, propertiesAt, relationshipValues, toProperties } from '../../src/graph/projection.js';
import { selectedPropertiesByType, setsOf } from '../../src/graphql/selection-projection.js';

describe('Cypher projections', () => {
  it('write the listed stored properties in order, instants as epoch milliseconds', () => {
    expect(nodeProjection('m', ['id', 'name', 'updatedAt'])).toBe('[m.id, m.name, m.updatedAt.epochMillis]');
    expect(relationshipValues('r', ['role', 'since'])).toEqual(['r.role', 'r.since']);
    expect(relationshipValues('r', [])).toEqual([]);
  });

  it('read the whole node or relationship when no list is given', () => {
    expect(nodeProjection('m', null)).toContain('m { .*');
    expect(relationshipValues('r', null)).toEqual(['properties(r)']);
  });

  it('refuse any name that is not a stored property, so nothing else reaches the statement', () => {
    expect(() => nodeProjection('m', ['id', 'name}) DETACH DELETE (m'])).toThrow(/not a stored property/);
    expect(() => nodeProjection('m', ['noSuchProperty'])).toThrow(/not a stored property/);
    expect(() => relationshipValues('r', ['role] + [1'])).toThrow(/not a stored property/);
  });

  it('read back a list of values under the listed names, absent values left out', () => {
    expect(toProperties(['id', 'name', 'role'], ['a', null, 'partner'])).toEqual({ id: 'a', role: 'partner' });
    expect(toProperties(null, { id: 'a' })).toEqual({ id: 'a' });
    expect(propertiesAt(['role', 'since'], ['n1', 'Name', 'partner', null], 2)).toEqual({ role: 'partner' });
    expect(propertiesAt(null, ['n1', { role: 'partner' }], 1)).toEqual({ role: 'partner' });
  });
});

describe('selections of a field returning nodes of any type', () => {
  it('read, type by type, what its fragments select: id and label always, everything for an unknown field', () => {
    const document = parse(`query ($r: [_Any!]!) {
      _entities(representations: $r) {
        __typename
        ... on Initiative { id title level partners(first: 3) { totalCount } }
        ... on Organisation { ...org }
        ... on Node { label }
        ... on Actor { somethingComputed }
      }
    }
    fragment org on Organisation { name sector }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const byType = selectedPropertiesByType(setsOf(operation.selectionSet.selections as never), fragments);
    expect(byType.Initiative).toEqual(['id', 'level', 'title']);
    expect(byType.Organisation).toEqual(['id', 'name', 'sector']);
    expect(byType.Place).toEqual(['id', 'name']);
    expect(byType.Actor).toBeNull();
  });

  it('read no property for Node.datasets, which its loader reads from the id alone', () => {
    const document = parse('{ _entities(representations: []) { ... on Place { name datasets { id } } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(selectedPropertiesByType(setsOf(operation.selectionSet.selections as never), {}).Place).toEqual(['id', 'name']);
  });
});
