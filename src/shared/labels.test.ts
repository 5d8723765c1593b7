import { describe, expect, it } from 'vitest';
import { fillLabel } from './labels';

describe('fillLabel', () => {
  it('puts values where their names are', () => {
    expect(fillLabel('By {authors}', { authors: 'Ana and Ben' })).toBe('By Ana and Ben');
    expect(fillLabel('{count} pictures', { count: 5 })).toBe('5 pictures');
  });

  it('puts the value after a label that has no place for it', () => {
    expect(fillLabel('بقلم', { authors: 'ليلى' })).toBe('بقلم ليلى');
  });
});
