import type { CreateSite } from '../site.ts';

/**
 * A stand-in renderer for tests of the routes and caches: it reads the feed through the
 * context's fetch, as the real one does, and shows the title of the item at the path.
 */
export const createFeedTitleSite: CreateSite = ({ fetch, feedUrl }) => {
  const read = async () => {
    // As the content layer does, every failure to read the feed is a FeedError.
    const response = await fetch(feedUrl, { headers: { Accept: 'application/json' } }).catch(
      (cause: unknown) => {
        throw feedError('The feed could not be reached.', cause);
      },
    );
    if (!response.ok) throw feedError(`The feed answered ${response.status}.`);
    return (await response.json()) as { items: Item[] };
  };
  const onSite = (url: string, origin: string) => origin + new URL(url, feedUrl).pathname;
  return {
    async renderPage({ path }) {
      const item = (await read()).items.find(({ url }) => new URL(url, feedUrl).pathname === path);
      return item
        ? { status: 200, html: `<h1>${item.title}</h1>` }
        : { status: 404, html: '<h1>Article not found</h1>' };
    },
    async listArticles(origin, limit) {
      return (await read()).items.slice(0, limit).map((item) => ({
        url: onSite(item.url, origin),
        lastModified: item.date_modified ?? item.date_published ?? null,
      }));
    },
    async feedPage(_query, origin) {
      const { items } = await read();
      return {
        status: 200,
        body: { items: items.map((item) => ({ ...item, url: onSite(item.url, origin) })) },
      };
    },
  };
};

interface Item {
  readonly url: string;
  readonly title: string;
  readonly date_published?: string;
  readonly date_modified?: string;
}

function feedError(message: string, cause?: unknown): Error {
  const error = new Error(message, { cause });
  error.name = 'FeedError';
  return error;
}
