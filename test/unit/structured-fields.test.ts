import { describe, expect, it } from 'vitest';
import {
  citationsOf,
  fromNodeProperties,
  toStoredRecord,
  fromRelationshipProperties,
  nodeSchemas,
  orgIdOf,
  relationshipSchema,
  toNodeProperties,
  toRelationshipProperties,
} from '../../src/model/index.js';
import { addFile, type SeedBundle } from '../../src/seed/bundle.js';
import { formatProblem, validateBundle } from '../../src/seed/validate.js';

const structured = {
  url: 'https://hivos.org/news/loci-pilot-takes-off/',
  title: 'LOCI pilot takes off',
  publisher: 'Hivos',
  published: '2019-08-21',
  retrieved: '2026-12-03',
};

describe('structured sources', () => {
  it('accept a plain string, a url or a citation, and mixes of them', () => {
    const sources = ['seed document', structured, { citation: 'LOCI announcement, Hivos, 26 March 2019', publisher: 'Hivos' }];
    expect(nodeSchemas.Theme.safeParse({ id: 'x', name: 'X', sources }).success).toBe(true);
    expect(relationshipSchema.safeParse({ type: 'ABOUT', from: 'a', to: 'b', sources }).success).toBe(true);
  });

  it('refuse a source with neither url nor citation, a bad date, or an unknown field', () => {
    for (const bad of [{ title: 'no address' }, { ...structured, published: '2019-02-30' }, { ...structured, author: 'someone' }, { url: 'ftp://x' }]) {
      expect(nodeSchemas.Theme.safeParse({ id: 'x', name: 'X', sources: [bad] }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('are stored as their strings, with the structure beside them only when there is one', () => {
    const plain = toNodeProperties('Theme', { id: 'x', name: 'X', sources: ['a', 'https://b.org/'] });
    expect(plain.sources).toEqual(['a', 'https://b.org/']);
    expect(plain).not.toHaveProperty('sourceDetails');
    const props = toNodeProperties('Theme', { id: 'x', name: 'X', sources: ['a', structured] });
    expect(props.sources).toEqual(['a', structured.url]);
    // The API serves the strings (and the structure as citations); a seed file gets the structure.
    expect(fromNodeProperties('Theme', { ...props, labelKey: 'x' }).sources).toEqual(['a', structured.url]);
    expect(toStoredRecord('Theme', props).sources).toEqual(['a', structured]);
    expect(toStoredRecord('Theme', props)).not.toHaveProperty('sourceDetails');
    const rel = toRelationshipProperties({ role: 'PARTNER', sources: [structured], since: undefined });
    expect(rel).toEqual({ role: 'PARTNER', sources: [structured.url], sourceDetails: JSON.stringify([structured]) });
    expect(fromRelationshipProperties(rel)).toEqual({ role: 'PARTNER', sources: [structured] });
  });

  it('are served structured whether they were given as strings or as citations', () => {
    expect(citationsOf({ sources: ['https://a.org/x', 'a document'] })).toEqual([{ url: 'https://a.org/x' }, { citation: 'a document' }]);
    expect(citationsOf(toNodeProperties('Theme', { id: 'x', name: 'X', sources: ['a', structured] }))).toEqual([{ citation: 'a' }, structured]);
    expect(citationsOf({})).toBeNull();
  });

  it('name the file, record and field of a bad structured source in the seed validator', async () => {
    const bundle: SeedBundle = { nodes: [], relationships: [], problems: [] };
    addFile(bundle, 'seeds/x.yaml', [
      'themes:',
      '  - { id: good-theme, name: Good, sources: [{ url: "https://a.org/", title: A }] }',
      '  - { id: bad-theme, name: Bad, sources: ["fine", { title: "no address" }, { url: "https://a.org/", published: "2019-13" }] }',
      'relationships:',
      '  - { type: ABOUT, from: good-theme, to: bad-theme, sources: [{ citation: "x", retrieved: "yesterday" }] }',
    ].join('\n'));
    const { problems } = await validateBundle(bundle, async () => new Map());
    const lines = problems.map(formatProblem);
    expect(lines).toContain('seeds/x.yaml, record bad-theme, field sources.1.url: must have a url or a citation');
    expect(lines.some((l) => l.startsWith('seeds/x.yaml, record bad-theme, field sources.2.published: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('seeds/x.yaml, record ABOUT good-theme -> bad-theme, field sources.0.retrieved: '))).toBe(true);
  });
});

describe('place codes and coordinates', () => {
  const place = { id: 'p', name: 'P', kind: 'COUNTY', sources: ['s'] };
  it('accept ISO 3166-1 and ISO 3166-2 codes and coordinates in range', () => {
    for (const isoCode of ['KE', 'KE-17', 'MX-CMX', 'NG-KD', 'GB-SCT']) expect(nodeSchemas.Place.safeParse({ ...place, isoCode }).success, isoCode).toBe(true);
    expect(nodeSchemas.Place.safeParse({ ...place, latitude: -1.8, longitude: 37.62 }).success).toBe(true);
  });

  it('refuse malformed codes and coordinates out of range', () => {
    for (const isoCode of ['ke', 'KEN', 'KE-', 'KE-1234', 'KE 17']) expect(nodeSchemas.Place.safeParse({ ...place, isoCode }).success, isoCode).toBe(false);
    for (const bad of [{ latitude: 91 }, { latitude: -90.5 }, { longitude: 180.1 }, { longitude: '37.6' }]) {
      expect(nodeSchemas.Place.safeParse({ ...place, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('organisation identifiers', () => {
  const org = { id: 'o', name: 'O', kind: 'NGO', sector: 'CIVIL_SOCIETY', sources: ['s'] };
  it('take an org-id.guide list code as scheme and give the SCHEME-ID string', () => {
    const identifiers = [{ scheme: 'NL-KVK', id: '41198677' }, { scheme: 'XI-IATI', id: 'IADB' }];
    expect(nodeSchemas.Organisation.safeParse({ ...org, identifiers }).success).toBe(true);
    expect(identifiers.map(orgIdOf)).toEqual(['NL-KVK-41198677', 'XI-IATI-IADB']);
  });

  it('refuse a scheme that is not a list code and an id with spaces', () => {
    for (const bad of [{ scheme: 'kvk', id: '1' }, { scheme: 'NLKVK', id: '1' }, { scheme: 'NL-KVK', id: '411 986' }]) {
      expect(nodeSchemas.Organisation.safeParse({ ...org, identifiers: [bad] }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
