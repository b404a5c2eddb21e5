import { describe, expect, it } from 'vitest';
import { withArticle } from '../../src/model/index.js';

describe('withArticle', () => {
  it('writes "an" before a vowel and "a" before a consonant, as the schema descriptions read', () => {
    expect(withArticle('Organisation')).toBe('an Organisation');
    expect(withArticle('Initiative')).toBe('an Initiative');
    expect(withArticle('Event')).toBe('an Event');
    expect(withArticle('Learning')).toBe('a Learning');
    expect(withArticle('ContractingProcess')).toBe('a ContractingProcess');
  });
});
