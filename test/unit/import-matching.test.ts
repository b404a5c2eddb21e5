import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/import/countries.js';
import type { OrganisationDraft } from '../../src/import/drafts.js';
import { toOrgIdentifier } from '../../src/import/identifiers.js';
import { OrganisationMatcher } from '../../src/import/match.js';
import { nameKey } from '../../src/import/names.js';
import { OcdsSplitter } from '../../src/import/ocds/split.js';
import { processIdOf } from '../../src/model/index.js';

const draft = (name: string, country: string | null, ids: [string, string][] = []): OrganisationDraft => ({
  key: ids[0] ? `id:${ids[0][0]}-${ids[0][1]}` : `name:${country}:${nameKey(name)}`,
  name,
  identifiers: ids.map(([scheme, id]) => ({ scheme, id })),
  addresses: [],
  country,
  roles: new Set(),
  contacts: new Set(),
});

describe('nameKey', () => {
  it('ignores case, accents, punctuation and legal forms, even truncated ones', () => {
    const forms = ['Bentley Systems de México, S.A. de C.V.', 'BENTLEY SYSTEMS DE MEXICO SA DE CV', 'BENTLEY SYSTEMS DE MEXICO SA de', 'Bentley Systems de Mexico SA DE C'];
    expect(new Set(forms.map(nameKey))).toEqual(new Set(['bentley systems de mexico']));
    expect(nameKey('MASTER SOFT SRL')).toBe('master soft');
    expect(nameKey('AnyCorp Ltd')).toBe('anycorp');
  });

  it('keeps a name that is nothing but a legal form, and words that only look like one', () => {
    expect(nameKey('S.A.')).toBe('sa');
    expect(nameKey('Secretaría de Finanzas')).toBe('secretaria de finanzas');
  });
});

describe('toOrgIdentifier', () => {
  it('turns register names and bare Mexican RFCs into org-id.guide codes', () => {
    expect(toOrgIdentifier({ scheme: 'Registro Federal de Contribuyentes de México', id: 'GAB0709244G5' }, 'MX')).toEqual({ scheme: 'MX-RFC', id: 'GAB0709244G5' });
    expect(toOrgIdentifier({ id: 'GDF9712054NA' }, 'MX')).toEqual({ scheme: 'MX-RFC', id: 'GDF9712054NA' });
    expect(toOrgIdentifier({ scheme: 'GB-COH', id: '11111111.0' }, 'GB')).toEqual({ scheme: 'GB-COH', id: '11111111' });
  });

  it('leaves out identifiers of registers it cannot name', () => {
    expect(toOrgIdentifier({ scheme: 'Clave en Compranet', id: '048D00001' }, 'MX')).toBeNull();
    expect(toOrgIdentifier({ id: 'GDF9712054NA' }, 'PY')).toBeNull();
  });
});

describe('countryCode', () => {
  it('reads codes and names in several languages', () => {
    expect(['MX', 'MÉXICO', 'Mexico', 'Paraguay', 'United Kingdom', 'UK'].map(countryCode)).toEqual(['MX', 'MX', 'MX', 'PY', 'GB', 'GB']);
    expect(countryCode('Atlantis')).toBeNull();
  });
});

describe('OrganisationMatcher', () => {
  it('matches by identifier first, whatever the name', () => {
    const m = new OrganisationMatcher([{ id: 'sf', name: 'Secretaría de Finanzas', identifiers: [{ scheme: 'MX-RFC', id: 'GDF9712054NA' }], country: 'MX' }], new Set(['sf']));
    const byKey = m.matchAll([draft('SEFIN CDMX', 'MX', [['MX-RFC', 'GDF9712054NA']])]);
    expect([...byKey.values()][0].id).toBe('sf');
    expect(m.merges).toEqual([expect.objectContaining({ id: 'sf', rule: 'identifier' })]);
  });

  it('matches by name within the same country', () => {
    const known = [{ id: 'acme-mx', name: 'ACME SA de CV', identifiers: [{ scheme: 'MX-RFC', id: 'AAA010101AA1' }], country: 'MX' }];
    const m = new OrganisationMatcher(known, new Set(['acme-mx']));
    const byKey = m.matchAll([draft('Acme S.A.', 'PY'), draft('Acme', 'MX')]);
    expect(byKey.get('name:MX:acme')!.id).toBe('acme-mx');
    expect(byKey.get('name:PY:acme')!).toMatchObject({ existing: false, id: 'acme-s-a' });
    expect(m.merges).toEqual([expect.objectContaining({ id: 'acme-mx', matched: 'Acme', rule: 'name' })]);
  });

  it('never matches across different ids of one register, whatever the names', () => {
    const known = [{ id: 'acme-mx', name: 'ACME SA de CV', identifiers: [{ scheme: 'MX-RFC', id: 'AAA010101AA1' }], country: 'MX' }];
    const m = new OrganisationMatcher(known, new Set(['acme-mx']));
    const [entry] = m.matchAll([draft('ACME SA DE CV', 'MX', [['MX-RFC', 'BBB010101BB1']])]).values();
    expect(entry).toMatchObject({ existing: false, id: 'acme-sa-de-cv' });
    expect(m.merges).toEqual([]);
  });

  it('reports ambiguous candidates and merges with neither', () => {
    const known = [
      { id: 'finanzas-1', name: 'Secretaría de Finanzas', identifiers: [], country: 'MX' },
      { id: 'finanzas-2', name: 'SECRETARIA DE FINANZAS', identifiers: [], country: 'MX' },
    ];
    const m = new OrganisationMatcher(known, new Set(['finanzas-1', 'finanzas-2']));
    const [entry] = m.matchAll([draft('Secretaria de finanzas', 'MX')]).values();
    expect(entry.existing).toBe(false);
    expect(m.ambiguities).toEqual([{ name: 'Secretaria de finanzas', candidates: ['finanzas-1', 'finanzas-2'], rule: 'name' }]);
  });
});

describe('OcdsSplitter', () => {
  const tokens = (json: string) => {
    // A tiny tokeniser for the test: JSON.parse, then the tokens stream-json would give.
    const out: { name: string; value?: string }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) (out.push({ name: 'startArray' }), v.forEach(walk), out.push({ name: 'endArray' }));
      else if (v && typeof v === 'object') {
        out.push({ name: 'startObject' });
        for (const [k, x] of Object.entries(v)) (out.push({ name: 'keyValue', value: k }), walk(x));
        out.push({ name: 'endObject' });
      } else if (typeof v === 'string') out.push({ name: 'stringValue', value: v });
      else if (typeof v === 'number') out.push({ name: 'numberValue', value: String(v) });
      else out.push({ name: v === null ? 'nullValue' : v ? 'trueValue' : 'falseValue' });
    };
    walk(JSON.parse(json));
    return out;
  };
  const split = (...jsons: string[]) => {
    const s = new OcdsSplitter();
    return jsons.flatMap((j) => tokens(j).flatMap((t) => s.push(t))).map((e) => [e.kind, e.index, e.value.ocid, e.meta.uri]);
  };

  it('reads packages, bare releases and records, and keeps a bare record\'s releases inside it', () => {
    expect(split('{"releases":[{"ocid":"a"}],"uri":"u"}', '{"ocid":"b","releases":[{"ocid":"b"}],"compiledRelease":{"ocid":"b"}}', '{"ocid":"c"}', '{"uri":"v","records":[{"ocid":"d"}]}')).toEqual([
      ['release', 0, 'a', 'u'],
      ['record', 0, 'b', undefined],
      ['release', 1, 'c', undefined],
      ['record', 1, 'd', 'v'],
    ]);
  });
});

describe('processIdOf', () => {
  it('is the ocid as a slug, with a hash only when the slug loses more than case', () => {
    expect(processIdOf('OCDS-87SD3T-AD-SF-DRM-063-2015')).toBe('ocds-87sd3t-ad-sf-drm-063-2015');
    expect(processIdOf('ocds-abc/1')).toMatch(/^ocds-abc-1-[0-9a-f]{8}$/);
    expect(processIdOf('ocds-abc/1')).not.toBe(processIdOf('ocds-abc 1'));
  });
});
