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

export function applyArticleMeta(
  document: Document,
  meta: ArticleMeta,
  siteTitle: string | null,
): void {
  document.title =
    meta.documentTitle ??
    (siteTitle && siteTitle !== meta.title ? `${meta.title} – ${siteTitle}` : meta.title);
  headElement(document, 'link[rel="canonical"]', 'link', { rel: 'canonical' }).setAttribute(
    'href',
    meta.url,
  );
  if (meta.description) {
    headElement(document, 'meta[name="description"]', 'meta', { name: 'description' }).setAttribute(
      'content',
      meta.description,
    );
  }
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
  document.head.appendChild(element);
  return element;
}
