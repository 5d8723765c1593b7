import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseOptions } from './options';

afterEach(() => {
  vi.restoreAllMocks();
});

const standalone = { standalone: true };

describe('reader options', () => {
  it('fills in the contract’s defaults', () => {
    const options = parseOptions({}, standalone);
    expect(options).toMatchObject({
      feedUrl: '/feed.json',
      source: 'jsonfeed',
      maxArticles: 11,
      historyMode: 'push',
      popularUrl: null,
      newsletterUrl: null,
      adEvery: 1,
      tagUrl: '/tag/{slug}',
      collapse: 'appended',
      startAfter: null,
    });
    expect([...options.analytics]).toEqual(['chartbeat', 'gtm']);
  });

  it('reads data-* strings as the typed options', () => {
    const options = parseOptions(
      {
        feedUrl: '/feeds/latest.json',
        maxArticles: '4',
        historyMode: 'replace',
        adEvery: '0',
        analytics: 'ga4, gtm',
      },
      standalone,
    );
    expect(options).toMatchObject({
      feedUrl: '/feeds/latest.json',
      maxArticles: 4,
      historyMode: 'replace',
      adEvery: 0,
    });
    expect([...options.analytics]).toEqual(['ga4', 'gtm']);
  });

  it('warns about a bad value and uses the default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options = parseOptions(
      { maxArticles: '-3', historyMode: 'sideways', collapse: 7 },
      standalone,
    );
    expect(options.maxArticles).toBe(11);
    expect(options.historyMode).toBe('push');
    expect(options.collapse).toBe('appended');
    expect(warn).toHaveBeenCalledTimes(3);
    for (const [message] of warn.mock.calls)
      expect(String(message)).toMatch(/^\[article-reader\] /);
  });

  it('warns about an unknown option', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    parseOptions({ colour: 'red' }, standalone);
    expect(warn).toHaveBeenCalledWith('[article-reader] Unknown option "colour" is ignored.');
  });

  it('refuses a javascript: feed URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseOptions({ feedUrl: 'javascript:alert(1)' }, standalone).feedUrl).toBe('/feed.json');
    expect(warn).toHaveBeenCalled();
  });

  it('asks an embed for its feed URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    parseOptions({}, { standalone: false });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"feedUrl" option is required/));
  });
});
