import * as v from 'valibot';
import type { FeedPage } from '../content/article';

/*
 * What a server-rendered page hands the client it hydrates (server/render/render-page.tsx):
 * the article the page begins at and the feed pages the server rendered it from, in a
 * non-executable <script type="application/json"> (no nonce needed, nothing to run).
 */

export const HYDRATION_ID = 'article-reader-data';

export interface HydrationData {
  readonly version: 2;
  /** The article the page begins at; null: the feed's first (the site's home). */
  readonly startUrl: string | null;
  /**
   * The feed pages the server rendered from, in order: the one holding the start article (or
   * beginning with it), and the page after it when the start article is that page's last.
   */
  readonly pages: readonly FeedPage[];
  /** The cursor (URL) each of `pages` was read from. */
  readonly pageParams: readonly string[];
}

// The page was made by our own server; the check is about a template or a cache mixing
// versions, so only the shape the reader relies on is checked.
const PageSchema = v.looseObject({
  articles: v.array(v.looseObject({ id: v.string(), url: v.string(), title: v.string() })),
  next: v.nullable(v.string()),
  siteTitle: v.nullable(v.string()),
  warnings: v.array(v.string()),
});
const HydrationSchema = v.pipe(
  v.object({
    version: v.literal(2),
    startUrl: v.nullable(v.string()),
    pages: v.pipe(v.array(PageSchema), v.minLength(1)),
    pageParams: v.array(v.string()),
  }),
  v.check((data) => data.pages.length === data.pageParams.length, 'one cursor per page'),
);

/** The page's hydration data, or null when the page was not rendered by the server. */
export function readHydrationData(doc: Document): HydrationData | null {
  const text = doc.getElementById(HYDRATION_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = v.safeParse(HydrationSchema, JSON.parse(text));
    // The schema checked the fields the reader reads first; the rest are the server's Article.
    return parsed.success ? (parsed.output as unknown as HydrationData) : null;
  } catch {
    return null;
  }
}
