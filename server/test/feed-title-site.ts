import type { CreateSite } from '../site.ts';

/**
 * A stand-in renderer for tests of the routes and caches: it reads the feed through the
 * context's fetch, as the real one does, and shows the title of the item at the path.
 */
export const createFeedTitleSite: CreateSite = ({ fetch, feedUrl }) => ({
  async renderPage({ path }) {
    // As the content layer does, every failure to read the feed is a FeedError.
    const response = await fetch(feedUrl, { headers: { Accept: 'application/json' } }).catch(
      (cause: unknown) => {
        throw feedError('The feed could not be reached.', cause);
      },
    );
    if (!response.ok) throw feedError(`The feed answered ${response.status}.`);
    const feed = (await response.json()) as { items: { url: string; title: string }[] };
    const item = feed.items.find(({ url }) => new URL(url, feedUrl).pathname === path);
    return item
      ? { status: 200, html: `<h1>${item.title}</h1>` }
      : { status: 404, html: '<h1>Article not found</h1>' };
  },
});

function feedError(message: string, cause?: unknown): Error {
  const error = new Error(message, { cause });
  error.name = 'FeedError';
  return error;
}
