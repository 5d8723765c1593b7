import { afterEach, describe, expect, it } from 'vitest';
import { preloadFirstFeedPage } from './feed-preload';

const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];

describe('preloadFirstFeedPage', () => {
  afterEach(() => {
    for (const link of preloads()) link.remove();
  });

  it('requests a JSON Feed’s first page as a CORS fetch the source’s own fetch takes up', () => {
    const link = preloadFirstFeedPage(document, { feedUrl: '/feeds/latest.json' });
    expect(preloads()).toEqual([link]);
    expect(link?.href).toBe(new URL('/feeds/latest.json', document.baseURI).href);
    expect(link?.as).toBe('fetch');
    expect(link?.crossOrigin).toBe('anonymous');
  });

  it('adds nothing when the publisher’s HTML already preloads the feed', () => {
    const own = Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      href: '/feeds/latest.json',
    });
    document.head.append(own);
    expect(preloadFirstFeedPage(document, { feedUrl: '/feeds/latest.json' })).toBeNull();
    expect(preloads()).toEqual([own]);
  });

  it('leaves WordPress (whose first page is a query built by its source) and bad URLs alone', () => {
    expect(preloadFirstFeedPage(document, { feedUrl: '/wp-json', source: 'wordpress' })).toBeNull();
    expect(preloadFirstFeedPage(document, { feedUrl: 'javascript:alert(1)' })).toBeNull();
    expect(preloadFirstFeedPage(document, { feedUrl: 42 })).toBeNull();
    expect(preloads()).toEqual([]);
  });

  it('preloads an RSS feed too: its first page is the feed URL', () => {
    expect(preloadFirstFeedPage(document, { feedUrl: '/rss.xml', source: 'rss' })).not.toBeNull();
  });
});
