import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { EXPORT_FORMATS } from '../../src/network/export.formats.js';
import { parseNetworkQuery } from '../../src/network/export.query.js';
import { assertNetworkFilter } from '../../src/network/network-filter.cypher.js';
import { NETWORK_LIMITS } from '../../src/config/network-limits.js';
import { relationshipTypePattern } from '../../src/network/relationship-pattern.js';
import { describeShared, pickReach } from '../../src/network/shared-words.js';
import type { NetworkSubgraph } from '../../src/network/subgraph.js';

const network: NetworkSubgraph = {
  nodes: [
    { id: 'acme', type: 'Organisation', label: '=HYPERLINK("http://evil")', degree: 1, betweenness: 0, pagerank: 0.5, community: 0 },
    { id: 'city', type: 'Initiative', label: 'Roads & <Water> "Watch"', degree: 1, betweenness: 0, pagerank: 0.5, community: 0 },
  ],
  edges: [{ id: '5:abc:1', type: 'PARTNER_IN', source: 'acme', target: 'city', role: 'FUNDER', since: '2019', until: null }],
  truncated: false,
  cappedNodes: [],
};

describe('export formats', () => {
  it('writes GraphML that graphology reads back with the same ids, labels and typed attributes', () => {
    const graph = parseGraphml(MultiDirectedGraph, EXPORT_FORMATS['network.graphml'].render(network));
    expect(graph.getNodeAttributes('city')).toEqual({ type: 'Initiative', label: 'Roads & <Water> "Watch"', degree: 1, betweenness: 0, pagerank: 0.5, community: 0 });
    expect(graph.getEdgeAttributes('5:abc:1')).toEqual({ type: 'PARTNER_IN', role: 'FUNDER', since: '2019' });
    expect(graph.source('5:abc:1')).toBe('acme');
  });

  it('keeps spreadsheet formulas out of CSV cells', () => {
    const csv = EXPORT_FORMATS['nodes.csv'].render(network);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/^"?=/m);
  });

  it('writes an empty value, not "null", for an absent property', () => {
    const csv = EXPORT_FORMATS['edges.csv'].render(network);
    expect(csv.split('\n')[1]).toBe('5:abc:1,acme,city,PARTNER_IN,FUNDER,2019,');
  });
});

describe('parseNetworkQuery', () => {
  it('reads lists, dates, booleans and numbers', () => {
    expect(
      parseNetworkQuery({ nodeTypes: 'Organisation, Initiative', themes: ['e-procurement', 'ocds'], at: '2020', includeSynthetic: 'true', limit: '50' }),
    ).toEqual({ nodeTypes: ['Organisation', 'Initiative'], themes: ['e-procurement', 'ocds'], at: '2020', includeSynthetic: true, limit: 50 });
  });

  it.each([
    ['nodeTypes', { nodeTypes: 'Organisation,Planet' }],
    ['at', { at: '2019-02-30' }],
    ['includeSynthetic', { includeSynthetic: '1' }],
    ['limit', { limit: '-1' }],
    ['limit', { limit: ['1', '2'] }],
    ['toString', { toString: 'x' }],
    ['__proto__', JSON.parse('{"__proto__": "x"}')],
  ])('refuses %s in %o with BAD_USER_INPUT naming it', (field, query) => {
    expect(() => parseNetworkQuery(query)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }));
  });
});

describe('assertNetworkFilter', () => {
  it.each([
    [{ from: '2019', to: '2019-05' }, true],
    [{ from: '2019-05-28', to: '2019' }, true],
    [{ from: '2019-06', to: '2019-05-31' }, false],
    [{ limit: NETWORK_LIMITS.maxNetworkNodes }, true],
    [{ limit: NETWORK_LIMITS.maxNetworkNodes + 1 }, false],
    [{ limit: 1.5 }, false],
  ])('%o is allowed: %s', (filter, allowed) => {
    const check = () => assertNetworkFilter(filter, 'filter.');
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('relationshipTypePattern', () => {
  it('names only whitelisted types, in the model order, and matches nothing for an empty list', () => {
    expect(relationshipTypePattern(undefined)).toBe('');
    expect(relationshipTypePattern(['PARTNER_IN', 'WORKS_AT'])).toBe(':WORKS_AT|PARTNER_IN');
    expect(relationshipTypePattern(['PARTNER_IN', 'X]-() DETACH DELETE n //' as never])).toBe(':PARTNER_IN');
    expect(relationshipTypePattern([])).toBe(':`NO RELATIONSHIP TYPE`');
  });
});

describe('shared-neighbour words', () => {
  it('says "common" when both sides reach the node the same way', () => {
    expect(describeShared({ type: 'PARTNER_IN', outgoing: true }, { type: 'PARTNER_IN', outgoing: true })).toBe('common partner initiative');
    expect(describeShared({ type: 'COORDINATES', outgoing: true }, { type: 'PARTNER_IN', outgoing: true })).toBe(
      'coordinated initiative of A, partner initiative of B',
    );
  });

  it('names the strongest tie when a side reaches the node several ways', () => {
    expect(pickReach([{ type: 'PARTNER_IN', outgoing: true }, { type: 'COORDINATES', outgoing: true }])).toEqual({ type: 'COORDINATES', outgoing: true });
  });
});
