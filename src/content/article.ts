/** One picture with the words a reader needs around it. */
export interface ArticleImage {
  /** Absolute URL. */
  readonly src: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly alt: string;
  readonly caption: string;
  readonly credit: string;
}

/**
 * The one article model every source produces and every view consumes. The reader knows
 * nothing of JSON Feed, WordPress or RSS: a source's job is to turn what a publisher serves
 * into this.
 */
export interface Article {
  /** Identity within a page session: an article is shown at most once. */
  readonly id: string;
  /** Absolute URL (http or https); what the address bar shows while the article is current. */
  readonly url: string;
  /**
   * The URL as the publisher wrote it, when that was absolute or root-relative ("/world/…");
   * otherwise the same as `url`. The page shows this one (data-url, links), so what a
   * publisher wrote in the feed is what they find in the DOM.
   */
  readonly link: string;
  /** Plain text: entities decoded, tags stripped. */
  readonly title: string;
  /** Plain text, or null when the feed has none. */
  readonly summary: string | null;
  /** Sanitised HTML, safe to insert as is. */
  readonly contentHtml: string;
  /**
   * The body's first paragraph as sanitised HTML (a collapsed article's preview when the
   * feed gives no summary), built from the sanitised DOM; null or absent when there is none.
   */
  readonly firstParagraphHtml?: string | null;
  /** ISO 8601 in UTC, or null when the feed's date is missing or unreadable. */
  readonly published: string | null;
  readonly modified: string | null;
  readonly authors: readonly string[];
  readonly tags: readonly string[];
  /** The section label ("World news"); null when neither the feed nor the tags name one. */
  readonly section: string | null;
  readonly image: ArticleImage | null;
  readonly gallery: readonly ArticleImage[];
  /**
   * The language the article is written in, as a BCP 47 tag ("en-GB", "ar"), from the item
   * or its feed (JSON Feed `language`, RSS `<language>`, Atom `xml:lang`, the WordPress
   * site's); null when the feed does not say. Views set `lang` and `dir` from it.
   */
  readonly language: string | null;
}

/**
 * What an article that is known only by its identity and title says about the rest: no body,
 * dates, people, labels or pictures (the host page's own article under startAfter, tests).
 */
export const BARE_ARTICLE = {
  summary: null,
  contentHtml: '',
  published: null,
  modified: null,
  authors: [],
  tags: [],
  section: null,
  image: null,
  gallery: [],
  language: null,
} as const satisfies Omit<Article, 'id' | 'url' | 'link' | 'title'>;

/** One page of a source: its articles in reading order and the cursor of the next page. */
export interface FeedPage {
  readonly articles: readonly Article[];
  /** Where the next page is, or null at the end. A cursor, not a page number. */
  readonly next: string | null;
  /** The publication's name, when the feed gives one (used in the tab title). */
  readonly siteTitle: string | null;
  /** Items that were skipped, each with the reason, for the console. */
  readonly warnings: readonly string[];
}
