import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real-world feeds live in ../shared beside the checkout: their text belongs to their
 * publishers, so it is read there and never copied into the project. Where ../shared is
 * absent, the suites that need it are skipped by name.
 */
export const SHARED_DIR = resolve(process.cwd(), '../shared');
export const hasShared = existsSync(join(SHARED_DIR, 'real-world-feeds'));
export const sharedSkipReason = `../shared is absent (looked in ${SHARED_DIR})`;

export function sharedFiles(folder: string): string[] {
  if (!hasShared) return [];
  return readdirSync(join(SHARED_DIR, folder)).sort();
}

export function readShared(folder: string, name: string): string {
  return readFileSync(join(SHARED_DIR, folder, name), 'utf8');
}
