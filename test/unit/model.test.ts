import { describe, expect, it } from 'vitest';
import { slugify, isPartialDate, allowsRelationship, nodeSchemas, toNodeProperties, fromNodeProperties } from '../../src/model/index.js';
import { checkRelationship } from '../../src/seed/validate.js';
import { toLuceneQuery } from '../../src/graph/search.repository.js';
import { toConditions } from '../../src/graph/filter.cypher.js';
import { decodeKeyset, encodeCursor } from '../../src/graphql/pagination.js';

describe('slugify', () => {
  it('makes readable ids, accents dropped', () => {
    expect(slugify('Iniciativa Latinoamericana por los Datos Abiertos')).toBe('iniciativa-latinoamericana-por-los-datos-abiertos');
    expect(slugify('  São Paulo — Água!  ')).toBe('sao-paulo-agua');
  });
});

describe('partial dates', () => {
  it('accepts the precision a source gives and refuses days that do not exist', () => {
    for (const ok of ['2019', '2019-05', '2019-05-28', '2024-02-29']) expect(isPartialDate(ok)).toBe(true);
    for (const bad of ['2019-02-30', '2023-02-29', '2019-13', '19', '2019-5-1', '2019/05/28']) expect(isPartialDate(bad)).toBe(false);
  });
});

describe('record schemas', () => {
  it('refuse unknown fields, so a typo cannot vanish', () => {
    const parsed = nodeSchemas.Theme.safeParse({ id: 'x', name: 'X', sources: ['s'], nmae: 'typo' });
    expect(parsed.success).toBe(false);
  });

  it('require at least one source', () => {
    expect(nodeSchemas.Theme.safeParse({ id: 'x', name: 'X', sources: [] }).success).toBe(false);
  });
});

describe('stored properties', () => {
  it('carry the label in lower case for search, and give back only the record', () => {
    const record = { id: 'ilda', name: 'ILDA – Iniciativa Latinoamericana', kind: 'NGO', identifiers: [{ scheme: 'X', id: '1' }] };
    const props = toNodeProperties('Organisation', record);
    expect(props).toMatchObject({ labelKey: 'ilda – iniciativa latinoamericana', identifiers: '[{"scheme":"X","id":"1"}]' });
    expect(toNodeProperties('Initiative', { id: 'i', title: 'Open Up' }).labelKey).toBe('open up');
    // A caller cannot set the key to something else.
    expect(toNodeProperties('Theme', { id: 't', name: 'Health', labelKey: 'x' }).labelKey).toBe('health');
    expect(fromNodeProperties('Organisation', props)).toEqual(record);
  });
});

describe('relationship rules', () => {
  const types = new Map([['hivos', 'Organisation'], ['loci', 'Initiative'], ['ottawa', 'Place']] as const);

  it('allow only the endpoint types of the model', () => {
    expect(allowsRelationship('PARTNER_IN', 'Organisation', 'Initiative')).toBe(true);
    expect(allowsRelationship('PARTNER_IN', 'Initiative', 'Organisation')).toBe(false);
  });

  it('name the field of each problem', () => {
    const fields = (r: object) => checkRelationship({ type: 'PARTNER_IN', from: 'hivos', to: 'loci', ...r } as never, new Map(types)).map((p) => p.field);
    expect(fields({ role: 'PARTNER' })).toEqual([]);
    expect(fields({})).toEqual(['role']);
    expect(fields({ role: 'SPONSOR' })).toEqual(['role']);
    expect(fields({ role: 'PARTNER', to: 'ottawa' })).toEqual(['type']);
    expect(fields({ role: 'PARTNER', to: 'nowhere' })).toEqual(['to']);
    expect(fields({ role: 'PARTNER', since: '2020', until: '2019' })).toEqual(['until']);
    expect(fields({ type: 'WORKS_FOR' })).toEqual(['type']);
  });
});

describe('search queries', () => {
  it('escape Lucene syntax so user text is only ever words', () => {
    const q = toLuceneQuery('open AND (contracting');
    expect(q).toContain('\\(contracting');
    expect(q).not.toMatch(/[^\\]\(contracting/);
  });

  it('match the last word as a prefix', () => {
    expect(toLuceneQuery('hiv')).toContain('hiv*');
  });
});

describe('filters', () => {
  it('become parameterised Cypher, values never in the text', () => {
    const conditions = toConditions('Initiative', { text: "x') DETACH DELETE n //", level: ['LOCAL'], theme: ['e-procurement'] });
    for (const c of conditions) expect(c.cypher).not.toContain('DETACH');
    expect(Object.values(Object.assign({}, ...conditions.map((c) => c.params)))).toContain("x') DETACH DELETE n //");
  });
});

describe('cursors', () => {
  it('round-trip and refuse what is not ours', () => {
    expect(decodeKeyset(encodeCursor({ value: 'Hivos', id: 'hivos' }))).toEqual({ value: 'Hivos', id: 'hivos' });
    expect(() => decodeKeyset('bm9wZQ')).toThrow(/after/);
  });
});
