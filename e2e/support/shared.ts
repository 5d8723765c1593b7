import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from '@playwright/test';

/** ../shared beside the checkout: real publishers' material, read there, never copied. */
export const sharedPath = (path: string): string => resolve('../shared', path);

/**
 * A group of browser tests over ../shared: run where it is, skipped by name where it is not,
 * and failed under CI=true (CI always has it), so a green run never hides a skipped group.
 */
export function describeShared(title: string, path: string, body: () => void): void {
  if (existsSync(sharedPath(path))) {
    test.describe(title, body);
  } else if (process.env.CI) {
    test.describe(title, () => {
      test('finds ../shared beside the checkout', () => {
        throw new Error(`../shared/${path} is absent; CI lays it beside the clone`);
      });
    });
  } else {
    test.describe(`${title} (skipped: ../shared/${path} is absent)`, () => {
      test.skip(true, `../shared/${path} is absent`);
      body();
    });
  }
}
