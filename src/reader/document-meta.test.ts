import { afterEach, describe, expect, it } from 'vitest';
import {
  applyArticleLinks,
  applyArticleTitle,
  snapshotHead,
  type ArticleMeta,
} from './document-meta';

function applyArticleMeta(document: Document, meta: ArticleMeta, siteTitle: string | null): void {
  applyArticleTitle(document, meta, siteTitle);
  applyArticleLinks(document, meta);
}

const own = (path: string) => new URL(path, window.location.origin).href;
const canonical = () => document.head.querySelector('link[rel="canonical"]');
const description = () => document.head.querySelector('meta[name="description"]');

afterEach(() => {
  document.head.innerHTML = '';
  document.title = '';
});

describe('the head follows the article', () => {
  it('writes title, canonical link and description', () => {
    applyArticleMeta(document, { url: own('/a'), title: 'A', description: 'About A' }, 'Ledger');
    expect(document.title).toBe('A – Ledger');
    expect(canonical()).toHaveAttribute('href', own('/a'));
    expect(description()).toHaveAttribute('content', 'About A');
  });

  it('marks the links it adds so that a search for the page’s readers does not find them', () => {
    applyArticleMeta(document, { url: own('/a'), title: 'A', description: 'About A' }, null);
    expect(canonical()).not.toBeNull();
    expect(document.querySelectorAll('[data-article-reader]')).toHaveLength(0);
  });

  it('never makes a URL of another origin the canonical link', () => {
    applyArticleMeta(document, { url: own('/a'), title: 'A', description: 'About A' }, null);
    applyArticleMeta(
      document,
      { url: 'https://elsewhere.example/b', title: 'B', description: 'About B' },
      null,
    );
    expect(document.title).toBe('B');
    expect(canonical()).toHaveAttribute('href', own('/a'));
    expect(description()).toHaveAttribute('content', 'About A');
  });
});

describe('restoring the head', () => {
  it('puts back the title, canonical link and description the page had', () => {
    document.title = 'Front page';
    document.head.insertAdjacentHTML(
      'beforeend',
      '<link rel="canonical" href="https://news.example/"><meta name="description" content="News">',
    );
    const restore = snapshotHead(document);
    applyArticleMeta(document, { url: own('/a'), title: 'A', description: 'About A' }, null);
    restore();
    expect(document.title).toBe('Front page');
    expect(canonical()).toHaveAttribute('href', 'https://news.example/');
    expect(description()).toHaveAttribute('content', 'News');
    expect(document.head.querySelectorAll('link, meta')).toHaveLength(2);
  });

  it('removes the links it added, and only those', () => {
    const restore = snapshotHead(document);
    applyArticleMeta(document, { url: own('/a'), title: 'A', description: 'About A' }, null);
    const pageOwn = document.createElement('meta');
    pageOwn.setAttribute('name', 'robots');
    document.head.append(pageOwn);
    restore();
    expect(canonical()).toBeNull();
    expect(description()).toBeNull();
    expect(document.head.querySelector('meta[name="robots"]')).not.toBeNull();
    expect(document.title).toBe('');
  });
});
