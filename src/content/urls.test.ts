import { describe, expect, it } from 'vitest';
import { linkAsWritten, urlKey } from './urls';

describe('linkAsWritten', () => {
  const resolved = 'https://news.example/feeds/a/b.html';

  it('keeps a root-relative link as the publisher wrote it', () => {
    expect(linkAsWritten('/world/harbour', 'https://news.example/world/harbour')).toBe(
      '/world/harbour',
    );
  });

  it('keeps an absolute http(s) link as written, whatever its case', () => {
    expect(linkAsWritten('https://news.example/a', 'https://news.example/a')).toBe(
      'https://news.example/a',
    );
    expect(linkAsWritten('HTTP://news.example/a', 'http://news.example/a')).toBe(
      'HTTP://news.example/a',
    );
  });

  it('gives a protocol-relative link resolved', () => {
    expect(linkAsWritten('//news.example/a', 'https://news.example/a')).toBe(
      'https://news.example/a',
    );
  });

  it('gives a link relative to the feed resolved', () => {
    expect(linkAsWritten('a/b.html', resolved)).toBe(resolved);
  });
});

describe('urlKey', () => {
  it('gives two addresses of one article the same key', () => {
    expect(urlKey('https://news.example/world/a/?b=2&a=1#top')).toBe(
      urlKey('https://news.example/world/a?a=1&b=2'),
    );
  });

  it('tells apart articles of different paths or origins', () => {
    expect(urlKey('https://news.example/world/a')).not.toBe(urlKey('https://news.example/world/b'));
    expect(urlKey('https://news.example/a')).not.toBe(urlKey('https://other.example/a'));
  });
});
