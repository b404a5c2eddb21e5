import { describe, expect, it } from 'vitest';
import { nodeProjection, relationshipProjection, toProperties } from '../../src/graph/projection.js';

describe('Cypher projections', () => {
  it('write the listed stored properties in order, instants as epoch milliseconds', () => {
    expect(nodeProjection('m', ['id', 'name', 'updatedAt'])).toBe('[m.id, m.name, m.updatedAt.epochMillis]');
    expect(relationshipProjection('r', ['role', 'since'])).toBe('[r.role, r.since]');
    expect(relationshipProjection('r', [])).toBe('[]');
  });

  it('read the whole node or relationship when no list is given', () => {
    expect(nodeProjection('m', null)).toContain('m { .*');
    expect(relationshipProjection('r', null)).toBe('properties(r)');
  });

  it('refuse any name that is not a stored property, so nothing else reaches the statement', () => {
    expect(() => nodeProjection('m', ['id', 'name}) DETACH DELETE (m'])).toThrow(/not a stored property/);
    expect(() => nodeProjection('m', ['noSuchProperty'])).toThrow(/not a stored property/);
    expect(() => relationshipProjection('r', ['role] + [1'])).toThrow(/not a stored property/);
  });

  it('read back a list of values under the listed names, absent values left out', () => {
    expect(toProperties(['id', 'name', 'role'], ['a', null, 'partner'])).toEqual({ id: 'a', role: 'partner' });
    expect(toProperties(null, { id: 'a' })).toEqual({ id: 'a' });
  });
});
