import type { CreateSite } from '../site.ts';
import { createRenderedSite } from './rendered-site.ts';

/**
 * The server-rendered site for the routes (server/app.ts): pages, the sitemap's list and the
 * same-origin feed pages, from the configured feed through the feed cache.
 */
export const createServerRenderedSite: CreateSite = ({ config, feedUrl, fetch, template }) =>
  createRenderedSite({
    feedUrl,
    source: config.feedSource,
    fetch,
    template,
    siteName: config.siteName,
    popularUrl: config.popularUrl,
    // A JSON Feed on the site itself (the bundled sample) is read by the browser as it is.
    ownFeedPath:
      config.feedSource === 'jsonfeed' && config.feedUrl.startsWith('/') ? config.feedUrl : null,
  });
