import { describe, expect, it } from 'vitest';
import { joinNames } from './names';

describe('joinNames', () => {
  it('joins names the way the article’s language does', () => {
    expect(joinNames(['Ana', 'Ben'], 'en-GB')).toBe('Ana and Ben');
    expect(joinNames(['Ana', 'Ben', 'Cy'], 'en-GB')).toBe('Ana, Ben and Cy');
    expect(joinNames(['Ana', 'Ben'], 'fr')).toBe('Ana et Ben');
  });

  it('gives one name as it is, and none as nothing', () => {
    expect(joinNames(['Ana'], 'en-GB')).toBe('Ana');
    expect(joinNames([], 'en-GB')).toBe('');
  });

  it('still joins names whose language tag Intl does not accept', () => {
    expect(joinNames(['Ana', 'Ben'], 'not a tag')).toMatch(/^Ana\b.*\bBen$/);
  });

  it('builds one formatter per language however many bylines it joins', () => {
    const Real = Intl.ListFormat;
    let built = 0;
    class Counted extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built += 1;
      }
    }
    Object.defineProperty(Intl, 'ListFormat', { value: Counted, configurable: true });
    try {
      for (let byline = 0; byline < 5; byline += 1) joinNames(['Ana', 'Ben'], 'de');
      joinNames(['Ana'], 'es');
    } finally {
      Object.defineProperty(Intl, 'ListFormat', { value: Real, configurable: true });
    }
    expect(built).toBe(1);
  });
});
