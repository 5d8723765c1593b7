import { BARE_ARTICLE, type Article } from '../content/article';
import { warn } from '../shared/log';

/**
 * The article a publisher's page rendered itself above the reader (README, “Embedding”: `startAfter`):
 * the first of the sequence, whose URL and title come back when the reader scrolls up to it.
 */
export interface HostArticle {
  readonly element: HTMLElement;
  readonly article: Article;
  /** The page's own title, restored as it was rather than rebuilt from the article's. */
  readonly documentTitle: string;
}

const HOST_ARTICLE_SELECTOR = '[data-reader-host-article]';

/** The startAfter option as an absolute URL: the one place it is resolved. */
export function startAfterUrl(startAfter: string, baseUri: string): string {
  return new URL(startAfter, baseUri).href;
}

export function findHostArticle(document: Document, startAfter: string): HostArticle | null {
  const element = document.querySelector<HTMLElement>(HOST_ARTICLE_SELECTOR);
  if (!element) {
    warn(
      `"startAfter" is set but the page has no ${HOST_ARTICLE_SELECTOR} element; its URL is not restored on scrolling up.`,
    );
    return null;
  }
  const url = startAfterUrl(startAfter, document.baseURI);
  const heading = element.querySelector('h1, h2')?.textContent.trim();
  const description =
    document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null;
  return {
    element,
    documentTitle: document.title,
    article: {
      id: `host:${url}`,
      url,
      link: startAfter,
      title: heading || document.title,
      ...BARE_ARTICLE,
      summary: description,
      // The language the host page gives its article (on it or around it).
      language: element.closest('[lang]')?.getAttribute('lang')?.trim() || null,
    },
  };
}
