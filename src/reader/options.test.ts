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

describe('options schema', () => {
  it('says what was expected, what came and which default is used', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    parseOptions({ adEvery: 'often', tagUrl: '/tags/' }, standalone);
    expect(warn).toHaveBeenCalledWith(
      '[article-reader] Option "adEvery" must be a whole number of at least 0; got "often". Using 1.',
    );
    expect(warn).toHaveBeenCalledWith(
      '[article-reader] Option "tagUrl" must be a URL template containing {slug}; got "/tags/". Using "/tag/{slug}".',
    );
  });

  it('takes mountReader’s typed values: numbers, lists and the ad slot function', () => {
    const onAdSlot = () => undefined;
    const options = parseOptions(
      { maxArticles: 5, analytics: ['GA4'], onAdSlot, popularUrl: '' },
      standalone,
    );
    expect(options).toMatchObject({ maxArticles: 5, onAdSlot, popularUrl: null });
    expect([...options.analytics]).toEqual(['ga4']);
  });

  it('warns once for each unknown tracker and keeps the known ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options = parseOptions({ analytics: 'chartbeat,matomo', maxArticles: 'x' }, standalone);
    expect([...options.analytics]).toEqual(['chartbeat']);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('matomo'))).toHaveLength(
      1,
    );
  });

  it('reads "none" as no tracker and an ad slot handler that is not a function as none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options = parseOptions({ analytics: 'none', onAdSlot: 'ads()' }, standalone);
    expect(options.analytics.size).toBe(0);
    expect(options.onAdSlot).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"onAdSlot" must be a function/));
  });
});

describe('labels', () => {
  it('replaces the reader’s words key by key, from data-labels JSON or an object', () => {
    const fromJson = parseOptions({ labels: '{"readMore":"اقرأ المزيد"}' }, standalone);
    expect(fromJson.labels.readMore).toBe('اقرأ المزيد');
    expect(fromJson.labels.tryAgain).toBe('Try again');
    const fromObject = parseOptions({ labels: { signUp: 'Inscription' } }, standalone);
    expect(fromObject.labels.signUp).toBe('Inscription');
  });

  it('warns about an unknown key, naming it, and keeps the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options = parseOptions({ labels: { readMor: 'Weiterlesen', by: 'Von' } }, standalone);
    expect(warn).toHaveBeenCalledWith('[article-reader] Unknown label "readMor" is ignored.');
    expect(options.labels.by).toBe('Von');
    expect(options.labels.readMore).toBe('Read more');
  });

  it('warns about labels that are not JSON and uses the English words', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options = parseOptions({ labels: '{readMore: Weiter}' }, standalone);
    expect(options.labels.readMore).toBe('Read more');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[article-reader\] Option "labels"/));
  });
});
