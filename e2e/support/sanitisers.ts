import type { Page } from '@playwright/test';

/*
 * The reader sanitises with the browser's HTML Sanitizer API where there is one, and with
 * DOMPurify (a chunk of its own) where there is none (src/content/purifier.ts). The Chromium
 * we test with has the API; `DOMPurify` takes it away before the page runs, which is what a
 * browser without it looks like to the reader, so both paths run in a real browser.
 */
export const SANITISERS = ['native', 'DOMPurify'] as const;
export type Sanitiser = (typeof SANITISERS)[number];

/**
 * Makes `page` use `sanitiser`. Returns whether DOMPurify's chunk was requested, to check
 * that the path the test names is the one that ran.
 */
export async function useSanitiser(page: Page, sanitiser: Sanitiser): Promise<() => boolean> {
  if (sanitiser === 'DOMPurify') {
    await page.addInitScript(() => {
      delete (Element.prototype as { setHTML?: unknown }).setHTML;
      delete (window as { Sanitizer?: unknown }).Sanitizer;
    });
  }
  let requested = false;
  page.on('request', (request) => {
    if (/\/chunks\/dompurify-purifier-[^/]*\.js$/.test(new URL(request.url()).pathname)) {
      requested = true;
    }
  });
  return () => requested;
}
