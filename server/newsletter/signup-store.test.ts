import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignupStore } from './signup-store.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'article-reader-signups-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const at = () => new Date('2026-12-01T09:00:00Z');

describe('the signup store', () => {
  it('remembers the addresses already in the file after a restart', async () => {
    const file = join(folder, 'data', 'signups.jsonl');
    const before = createSignupStore(file, at);
    expect(await before.add('one@example.org')).toBe('stored');
    await before.close();
    const after = createSignupStore(file, at);
    expect(await after.add('ONE@example.org')).toBe('already-stored');
    expect(await after.add('two@example.org')).toBe('stored');
    await after.close();
    expect(await readFile(file, 'utf8')).toBe(
      '{"email":"one@example.org","at":"2026-12-01T09:00:00.000Z"}\n' +
        '{"email":"two@example.org","at":"2026-12-01T09:00:00.000Z"}\n',
    );
  });

  it('starts a fresh line after a line a crash cut short, and skips the broken one', async () => {
    const file = join(folder, 'signups.jsonl');
    await writeFile(file, '{"email":"kept@example.org","at":"x"}\n{"email":"cut@exa');
    const store = createSignupStore(file, at);
    expect(await store.add('kept@example.org')).toBe('already-stored');
    expect(await store.add('next@example.org')).toBe('stored');
    await store.close();
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines).toContain('{"email":"next@example.org","at":"2026-12-01T09:00:00.000Z"}');
  });

  it('answers a failure and tries the file again on the next address', async () => {
    const blocker = join(folder, 'data');
    await writeFile(blocker, 'a file where the folder should be');
    const store = createSignupStore(join(blocker, 'signups.jsonl'), at);
    await expect(store.add('a@example.org')).rejects.toThrow();
    await rm(blocker);
    expect(await store.add('a@example.org')).toBe('stored');
    await store.close();
  });
});
