import type { Page } from '@playwright/test';

/** The embed's app chunk (React and the reader), which the entry module imports. */
export const isAppChunk = (path: string) => /\/embed\/chunks\/mount-reader-[\w-]+\.js$/.test(path);

/** Holds the app chunk's response back until the returned function is called. */
export async function holdAppChunk(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => isAppChunk(url.pathname),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return release;
}
