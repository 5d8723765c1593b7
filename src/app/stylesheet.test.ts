import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureStylesheet } from './stylesheet';

const OWN = new URL('/embed/article-reader.css', document.baseURI).href;
const stylesheets = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];

/** The page's own link in its head. */
function pageLink(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
  return link;
}

/** Whether the promise has settled by the time the queued microtasks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const link of stylesheets()) link.remove();
});

describe('ensureStylesheet', () => {
  it('adds the reader’s stylesheet when the page has not linked it, and resolves once it applies', async () => {
    const styled = ensureStylesheet(document, OWN);
    const [link] = stylesheets();
    expect(link?.href).toBe(OWN);
    expect(link?.parentElement).toBe(document.head);
    expect(await settled(styled)).toBe(false);
    link?.dispatchEvent(new Event('load'));
    expect(await settled(styled)).toBe(true);
  });

  it('adds none when the page links it already, from whichever folder it serves it', async () => {
    const own = pageLink('/static/css/article-reader.css?v=3');
    const styled = ensureStylesheet(document, OWN);
    expect(stylesheets()).toEqual([own]);
    own.dispatchEvent(new Event('load'));
    expect(await settled(styled)).toBe(true);
  });

  it('resolves at once when the page’s link has already loaded', async () => {
    const own = pageLink('/embed/article-reader.css');
    vi.spyOn(own, 'sheet', 'get').mockReturnValue({} as CSSStyleSheet);
    expect(await settled(ensureStylesheet(document, OWN))).toBe(true);
  });

  it('warns and lets the reader show when the stylesheet cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const styled = ensureStylesheet(document, OWN);
    stylesheets()[0]?.dispatchEvent(new Event('error'));
    expect(await settled(styled)).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[article-reader\] .*stylesheet/));
  });
});
