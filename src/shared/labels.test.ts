import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, fillLabel } from './labels';

describe('fillLabel', () => {
  it('puts values where their names are', () => {
    expect(fillLabel('By {authors}', { authors: 'Ana and Ben' })).toBe('By Ana and Ben');
    expect(fillLabel('{count} pictures', { count: 5 })).toBe('5 pictures');
  });

  it('puts the value after a label that has no place for it', () => {
    expect(fillLabel('بقلم', { authors: 'ليلى' })).toBe('بقلم ليلى');
  });
});

/** The reader's own source files (no tests), with their comments taken out. */
function sources(): { file: string; code: string }[] {
  const root = join(import.meta.dirname, '..');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|^test\//.test(file))
    .map((file) => ({
      file,
      code: readFileSync(join(root, file), 'utf8')
        .replace(/\{?\/\*[\s\S]*?\*\/\}?/g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1'),
    }));
}

describe('the reader’s own words', () => {
  it('uses every label it lets a publisher replace', () => {
    const code = sources()
      .map((source) => source.code)
      .join('\n');
    const unused = Object.keys(DEFAULT_LABELS).filter(
      (key) => !new RegExp(`\\blabels\\.${key}\\b`).test(code),
    );
    expect(unused).toEqual([]);
  });

  it('writes no words of its own outside the labels', () => {
    const written = sources()
      .filter((source) => source.file.endsWith('.tsx'))
      .flatMap(({ file, code }) =>
        // Text between a tag's end and the next tag, or a quoted name for assistive technology.
        [
          ...code.matchAll(/(?<!=)>([^<>{}()=;]*\p{L}{2}[^<>{}()=;]*)</gu),
          ...code.matchAll(/aria-(?:label|roledescription)="([^"]+)"|\b(?:alt|title)="([^"]+)"/g),
        ].map((match) => `${file}: ${(match[1] ?? match[2] ?? '').trim()}`),
      );
    expect(written).toEqual([]);
  });
});
