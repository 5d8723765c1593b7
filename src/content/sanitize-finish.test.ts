import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize';
import { srcsetCandidates } from './sanitize-finish';

describe('srcset', () => {
  it('keeps a comma that belongs to a URL', () => {
    expect(srcsetCandidates('/crop?r=0,0,800,600 800w, /crop?r=0,0,1600,1200 1600w')).toEqual([
      { url: '/crop?r=0,0,800,600', descriptor: '800w' },
      { url: '/crop?r=0,0,1600,1200', descriptor: '1600w' },
    ]);
  });

  it('ends a candidate at a trailing comma and reads candidates without descriptors', () => {
    expect(srcsetCandidates('/a.jpg, /b.jpg 2x ,  /c.jpg')).toEqual([
      { url: '/a.jpg', descriptor: '' },
      { url: '/b.jpg', descriptor: '2x' },
      { url: '/c.jpg', descriptor: '' },
    ]);
  });

  it('resolves each candidate of a body picture against the article, commas and all', () => {
    const html = sanitizeArticleHtml(
      '<img src="/p.jpg" srcset="/p?c=1,2 1x, javascript:alert(1) 2x, /p?c=3,4 3x" alt="">',
      'https://news.example/world/story',
    );
    const img = new DOMParser().parseFromString(html, 'text/html').querySelector('img');
    expect(img?.getAttribute('srcset')).toBe(
      'https://news.example/p?c=1,2 1x, https://news.example/p?c=3,4 3x',
    );
  });
});
