// The peer page as its server would send it: bench/peer/index.html with the first article
// rendered in (by bench/peer/article-html.js, the same code peer.js appends with), the title
// set, and where the next article is, so the browser starts from there.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const FONT_FACES = [
  'libre-caslon-text/400.css',
  'libre-caslon-text/400-italic.css',
  'libre-caslon-text/700.css',
  'inter/400.css',
  'inter/600.css',
  'inter/700.css',
];

export async function peerRenderer(root) {
  const folder = path.join(root, 'bench', 'peer');
  await import(pathToFileURL(path.join(folder, 'article-html.js')).href);
  const { peerArticleHtml, peerEscapeHtml } = globalThis;
  const template = await readFile(path.join(folder, 'index.html'), 'utf8');

  /**
   * @param {{ page: object, pageUrl: string, extra: number }} feed the first feed page (already
   * parsed), its absolute URL, and how many articles the page may append.
   */
  return function render({ page, pageUrl, extra }) {
    const [first] = page.items ?? [];
    if (!first) throw new Error(`the feed page ${pageUrl} has no items`);
    const next =
      page.items.length > 1
        ? { page: pageUrl, index: 1 }
        : { page: page.next_url ? new URL(page.next_url, pageUrl).href : '', index: 0 };
    const stories =
      `<div id="stories" data-next-page="${peerEscapeHtml(next.page)}"` +
      ` data-next-index="${next.index}" data-extra="${extra}">` +
      `${peerArticleHtml(first, pageUrl, 1)}</div>`;
    return template
      .replace('<title>The Harbour Ledger</title>', `<title>${peerEscapeHtml(first.title)}</title>`)
      .replace('<div id="stories"></div>', stories);
  };
}

/** @fontsource's six stylesheets as one, their relative font URLs made absolute. */
export async function peerFontsCss(root) {
  const parts = await Promise.all(
    FONT_FACES.map(async (face) => {
      const family = face.split('/')[0];
      const css = await readFile(path.join(root, 'node_modules', '@fontsource', face), 'utf8');
      return css.replaceAll('url(./files/', `url(/peer/vendor/fontsource/${family}/files/`);
    }),
  );
  return parts.join('\n');
}
