import { sameOrigin } from '../content/urls';

/**
 * The tab title, canonical link and meta description follow the current article, so a
 * shared link, a bookmark or a crawler that runs script sees the article being read.
 */
export interface ArticleMeta {
  readonly url: string;
  readonly title: string;
  readonly description: string | null;
  /** Used as the tab title as it is (a host page's own title). */
  readonly documentTitle?: string | undefined;
}

const CANONICAL = 'link[rel="canonical"]';
/** Marks a head element the reader added, so restoring removes only its own (not the mount
 * attribute, `data-article-reader`: a page that looks for its readers must find only those). */
const ADDED = 'data-article-reader-added';
const DESCRIPTION = 'meta[name="description"]';

/**
 * The tab title, in the frame where the article becomes current, beside the address
 * (contract section 5: the address bar shows its URL and the title begins with its title).
 */
export function applyArticleTitle(
  document: Document,
  meta: ArticleMeta,
  siteTitle: string | null,
): void {
  document.title =
    meta.documentTitle ??
    (siteTitle && siteTitle !== meta.title ? `${meta.title} – ${siteTitle}` : meta.title);
}

/**
 * The canonical link and description, which no reader sees: they may follow the address in
 * a task after its frame (reading-session.ts).
 */
export function applyArticleLinks(document: Document, meta: ArticleMeta): void {
  // An article of another origin is shown, but its URL never becomes the page's (contract
  // section 9): the canonical link and description stay those of the address in the bar.
  const origin = document.defaultView?.location.origin ?? new URL(document.URL).origin;
  if (!sameOrigin(meta.url, origin)) return;
  headElement(document, CANONICAL, 'link', { rel: 'canonical' }).setAttribute('href', meta.url);
  if (meta.description) {
    headElement(document, DESCRIPTION, 'meta', { name: 'description' }).setAttribute(
      'content',
      meta.description,
    );
  }
}

/**
 * Remembers the page's title, canonical link and description as they are now, and gives
 * back a function that puts them back (unmount() leaves no trace, README, “History, the head, and more than one reader”): an
 * element the reader added is removed, one the page had gets its old value again.
 */
export function snapshotHead(document: Document): () => void {
  const title = document.title;
  const restores = [
    snapshotAttribute(document, CANONICAL, 'href'),
    snapshotAttribute(document, DESCRIPTION, 'content'),
  ];
  return () => {
    document.title = title;
    for (const restore of restores) restore();
  };
}

function snapshotAttribute(document: Document, selector: string, name: string): () => void {
  const element = document.head.querySelector(selector);
  const value = element?.getAttribute(name) ?? null;
  return () => {
    const now = document.head.querySelector(selector);
    if (now !== element && now?.hasAttribute(ADDED)) now.remove();
    if (!element) return;
    if (!element.isConnected) document.head.appendChild(element);
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  };
}

function headElement(
  document: Document,
  selector: string,
  tag: string,
  attributes: Record<string, string>,
): Element {
  const existing = document.head.querySelector(selector);
  if (existing) return existing;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute(ADDED, '');
  document.head.appendChild(element);
  return element;
}
