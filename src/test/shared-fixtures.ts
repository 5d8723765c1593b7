import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

/**
 * The real-world feeds live in ../shared beside the checkout: their text belongs to their
 * publishers, so it is read there and never copied into the project. Where ../shared is
 * absent, the suites that need it are skipped by name; under CI=true, where it is always laid
 * beside the clone, its absence is a failure, so a green CI never hides a suite that did not run.
 */
export const SHARED_DIR = resolve(process.cwd(), '../shared');
const hasShared = existsSync(join(SHARED_DIR, 'real-world-feeds'));
const sharedSkipReason = `../shared is absent (looked in ${SHARED_DIR})`;

export function sharedFiles(folder: string): string[] {
  if (!hasShared) return [];
  return readdirSync(join(SHARED_DIR, folder)).sort();
}

export function readShared(folder: string, name: string): string {
  return readFileSync(join(SHARED_DIR, folder, name), 'utf8');
}

/** A suite over ../shared: run, skipped by name, or (under CI) failed when it is missing. */
export function describeShared(name: string, body: () => void): void {
  if (hasShared) describe(name, body);
  else if (process.env.CI)
    describe(name, () => {
      it('finds ../shared beside the checkout', () => {
        throw new Error(`${sharedSkipReason}; CI lays it beside the clone, so this is a failure`);
      });
    });
  else describe.skip(`${name} (skipped: ${sharedSkipReason})`, body);
}
