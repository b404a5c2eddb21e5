import { describe, expect, it } from 'vitest';
import { foldAccents, meaningfulWords, sharedWords, toTextQuery } from '../../src/network/text-query.js';

describe('meaningfulWords', () => {
  it('drops English question and stop words', () => {
    expect(meaningfulWords('How do we publish our contracting data in OCDS?')).toEqual(['publish', 'contracting', 'data', 'ocds']);
  });

  it('drops Spanish stop words, written with or without their accents', () => {
    expect(meaningfulWords('La contratación bajo la lupa de la prensa, más o mas')).toEqual(['contratación', 'bajo', 'lupa', 'prensa']);
  });

  it('keeps each word once, lower case, accents and all', () => {
    expect(meaningfulWords('Bogotá bogotá BOGOTÁ')).toEqual(['bogotá']);
  });
});

describe('toTextQuery', () => {
  it('escapes Lucene syntax so text is only ever words', () => {
    expect(toTextQuery('officials: resist (change)!')).toBe('officials resist change');
    expect(toTextQuery('e-procurement')).toBe('procurement');
  });

  it('is empty when no word carries meaning', () => {
    expect(toTextQuery('how can we do it?')).toBe('');
  });
});

describe('sharedWords', () => {
  it('names the words two texts share, by a crude stem and without accents', () => {
    expect(sharedWords('publish contracting portals', 'Publishing the contracting portal')).toEqual(['publish', 'portals']);
    expect(foldAccents('Contratación')).toBe('Contratacion');
    expect(sharedWords('contratacion', 'Lupa a la Contratación')).toEqual(['contratacion']);
  });
});
