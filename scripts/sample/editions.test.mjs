import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/shared/labels.ts';
import { EDITIONS } from './editions.mjs';

describe('the sample editions', () => {
  it.each(EDITIONS.filter((edition) => edition.labels))(
    'the $name edition words every label the reader has, and no other',
    (edition) => {
      expect(Object.keys(edition.labels).sort()).toEqual(Object.keys(DEFAULT_LABELS).sort());
      for (const [key, label] of Object.entries(edition.labels)) {
        const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        expect(names(label), key).toEqual(names(DEFAULT_LABELS[key]));
      }
    },
  );

  it('serves each edition below its own base, with its own sections', () => {
    const bases = EDITIONS.map((edition) => edition.base);
    expect(new Set(bases).size).toBe(bases.length);
    for (const edition of EDITIONS) expect(Object.keys(edition.sections)).toHaveLength(6);
  });
});
