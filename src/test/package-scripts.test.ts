import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * `npm start` once pointed at a script that did not exist. Every step of every script must
 * name something that is there: another script, a file, or a program this project installs.
 */
const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
};

/** Shell words that are not programs of ours. */
const SHELL = new Set(['cd', 'echo', 'exit', 'test', 'true', 'false', '[', 'rm', 'mkdir', 'cp']);
const BIN = join('node_modules', '.bin');

/** What each step of a command needs, e.g. `script:build`, `file:bench/run.mjs`, `bin:vite`. */
function requirements(command: string): string[] {
  const needs: string[] = [];
  for (const step of command.split(/&&|\|\||;|\|/)) {
    const words = step.trim().split(/\s+/).filter(Boolean);
    while (words[0] !== undefined && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) words.shift();
    const [program, ...rest] = words;
    if (program === undefined || SHELL.has(program)) continue;
    if (program === 'npm') {
      const [verb, name] = rest;
      if (verb === 'run' && name) needs.push(`script:${name}`);
      else if (verb === 'test' || verb === 'start') needs.push(`script:${verb}`);
      continue;
    }
    if (program === 'node') {
      const file = rest.find((word) => !word.startsWith('-'));
      // What dist/ holds is made by `npm run build` (`npm run serve` serves a build).
      if (file) needs.push(file.startsWith('dist/') ? 'script:build' : `file:${file}`);
      continue;
    }
    // `npx tool@version` fetches a pinned tool on purpose (lighthouse stays out of package.json).
    const tool = program === 'npx' ? rest.find((word) => !word.startsWith('-')) : program;
    if (tool && !/@\d/.test(tool)) needs.push(`bin:${tool}`);
    for (const match of step.matchAll(/--config\s+(\S+)/g)) needs.push(`file:${match[1] ?? ''}`);
  }
  return needs;
}

function isMet(need: string): boolean {
  const [kind, name = ''] = need.split(/:(.*)/s);
  if (kind === 'script') return name in scripts;
  if (kind === 'file') return existsSync(name);
  return existsSync(join(BIN, name));
}

describe('package.json scripts', () => {
  it('has the contract’s commands', () => {
    expect(Object.keys(scripts)).toEqual(
      expect.arrayContaining(['start', 'test', 'dev', 'build', 'serve', 'bench']),
    );
    expect(scripts.start).toMatch(/npm run build/);
  });

  it.each(Object.entries(scripts))('%s runs only what exists', (_name, command) => {
    const needs = requirements(command);
    expect(needs.length, `nothing recognisable in "${command}"`).toBeGreaterThan(0);
    expect(needs.filter((need) => !isMet(need))).toEqual([]);
  });

  it('reads what a step needs', () => {
    expect(
      requirements('npm run build && NODE_ENV=production node --enable-source-maps server/x.js'),
    ).toEqual(['script:build', 'file:server/x.js']);
    expect(requirements('node dist/server/index.js')).toEqual(['script:build']);
    expect(requirements('vite build --config vite.embed.config.ts')).toEqual([
      'bin:vite',
      'file:vite.embed.config.ts',
    ]);
    expect(requirements('npx lighthouse@12 http://127.0.0.1')).toEqual([]);
    expect(requirements('npx size-limit')).toEqual(['bin:size-limit']);
  });
});
