import { describe, expect, it } from 'vitest';
import { textDirection } from './direction';

describe('textDirection', () => {
  it('reads Arabic, Hebrew, Persian and Urdu as right to left', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'ku-Arab']) {
      expect(textDirection(tag)).toBe('rtl');
    }
  });

  it('reads other languages, and a right-to-left one in Latin letters, as left to right', () => {
    for (const tag of ['en-GB', 'fr', 'ja', 'az-Latn', 'ku'])
      expect(textDirection(tag)).toBe('ltr');
  });

  it('says nothing when the feed names no language', () => {
    expect(textDirection(null)).toBeNull();
  });
});
