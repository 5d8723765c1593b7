import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm start` once pointed at a script that did not exist; every file a script runs must.
describe('package.json scripts', () => {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts: Record<string, string>;
  };

  it('has the contract’s commands', () => {
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'test', 'dev', 'build']));
    expect(scripts.start).toMatch(/npm run build/);
  });

  it.each(Object.entries(scripts))('runs files that exist: %s', (_name, command) => {
    const files = [...command.matchAll(/\bnode\s+([\w./-]+\.m?[jt]s)\b/g)].map((match) => match[1]);
    const configs = [...command.matchAll(/--config\s+([\w./-]+)/g)].map((match) => match[1]);
    for (const file of [...files, ...configs])
      expect(existsSync(file ?? ''), `${file ?? ''} exists`).toBe(true);
  });
});
