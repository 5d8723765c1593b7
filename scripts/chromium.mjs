// Finds a Chromium for the browser tests, in the order DEVELOPERS.md gives:
// PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, Playwright's own, then the Debian package's paths.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/**
 * @returns {Promise<{ path: string | undefined, origin: string } | null>} path undefined means
 * "Playwright's own browser"; null means none was found.
 */
export async function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv))
      return { path: fromEnv, origin: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH' };
    console.warn(
      `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=${fromEnv} does not exist; looking elsewhere.`,
    );
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, origin: `Playwright's own (${own})` };
  } catch {
    // Playwright without its browser: fall through to the system one.
  }
  for (const candidate of SYSTEM_CHROMIUM_PATHS) {
    if (existsSync(candidate)) return { path: candidate, origin: candidate };
  }
  return null;
}
