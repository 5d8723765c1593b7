/*
 * The reader's stylesheet (article-reader.css, beside the entry module) is the entry's to
 * load: a `<link rel="stylesheet">` in the host page's head blocks that page's first paint
 * until it arrives, which after a server-rendered article (startAfter) is the host's own
 * landing, paid for a reader that starts after `load` (issue 7: the host's LCP 1.43x with the
 * reader). So the entry adds the link itself when the reader begins, beside the app chunk,
 * and the first render waits for it, so nothing is ever drawn unstyled. A page that already
 * links it (the contract's three lines) keeps it: the entry finds that link and adds none.
 */

/** The stylesheet's file name, fixed by the contract (dist/embed/article-reader.css). */
export const STYLESHEET_FILE = 'article-reader.css';

type StylesheetDocument = Pick<Document, 'querySelectorAll' | 'createElement' | 'head'>;

/**
 * Resolves once the reader's stylesheet applies to `doc` (or has failed, with a warning:
 * an unstyled reader still reads). `href` is where the entry's own copy lies.
 */
export function ensureStylesheet(doc: StylesheetDocument, href: string): Promise<void> {
  const link = linked(doc) ?? added(doc, href);
  // A link whose sheet is there has loaded (a blocking one in the head always has by the
  // time a module script runs).
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        console.warn(
          `[article-reader] The reader's stylesheet (${link.href}) could not be loaded; the reader is shown without it.`,
        );
        resolve();
      },
      { once: true },
    );
  });
}

/** The page's own link to the stylesheet, from whichever folder it serves it. */
function linked(doc: StylesheetDocument): HTMLLinkElement | null {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')) {
    let path: string;
    try {
      path = new URL(link.href).pathname;
    } catch {
      continue;
    }
    if (path.endsWith(`/${STYLESHEET_FILE}`)) return link;
  }
  return null;
}

function added(doc: StylesheetDocument, href: string): HTMLLinkElement {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  doc.head.append(link);
  return link;
}
