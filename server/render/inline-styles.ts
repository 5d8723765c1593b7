import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

/*
 * The app's own stylesheet, written into the page's head instead of linked: a linked sheet
 * blocks the first paint for one more round trip after the HTML (Lighthouse's
 * render-blocking-resources), and the whole sheet is a few KiB compressed
 * (docs/decisions/0083-stylesheet-inlined-in-the-page.md). The CSP already allows inline
 * styles; the <style> keeps the link's nonce, so a stricter style-src would still admit it.
 */

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="(\/assets\/[^"?#]+\.css)"/;
const NONCE = /\bnonce="([^"]*)"/;
/** A url() that is not absolute: it would resolve against the page's URL once inlined. */
const RELATIVE_URL = /url\(\s*(['"]?)(?!\/|data:|https?:|#)/i;

/**
 * The template with each of its own stylesheets (`/assets/….css` under `root`) inlined. A
 * sheet that cannot be read, or that refers to files relative to itself, stays a link.
 */
export async function inlineStylesheets(html: string, root: string): Promise<string> {
  const links = [...html.matchAll(STYLESHEET_LINK)].map(([link]) => link);
  const sheets = await Promise.all(links.map((link) => readSheet(link, root)));
  let page = html;
  links.forEach((link, index) => {
    const css = sheets[index];
    if (css === null || css === undefined) return;
    const nonce = NONCE.exec(link)?.[1];
    const attributes = nonce === undefined ? '' : ` nonce="${nonce}"`;
    page = page.replace(link, () => `<style${attributes}>${css}</style>`);
  });
  return page;
}

async function readSheet(link: string, root: string): Promise<string | null> {
  const href = HREF.exec(link)?.[1];
  if (!href) return null;
  const file = normalize(join(root, href));
  if (!file.startsWith(normalize(root + sep))) return null;
  const css = await readFile(file, 'utf8').catch(() => null);
  if (css === null || RELATIVE_URL.test(css)) return null;
  // "</style" cannot end the element early: in CSS, "\/" is the same "/".
  return css.replace(/<\/(style)/gi, '<\\/$1');
}
