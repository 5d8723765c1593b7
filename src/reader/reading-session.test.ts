import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../content/article';
import { createReadingSession, type ReadingSession } from './reading-session';
import { testArticle } from '../test/article-fixture';

const own = (path: string) => new URL(path, window.location.origin).href;

const article = (url: string, title: string): Article =>
  testArticle(url, {
    url,
    link: url,
    title,
    summary: `About ${title}`,
    authors: ['Ana'],
    section: 'World news',
  });

type Stubbed = Window & { dataLayer?: unknown[] };
const sessions: ReadingSession[] = [];

function open(): ReadingSession {
  const session = createReadingSession({
    window,
    historyMode: 'push',
    analytics: new Set(['gtm']),
    hasHostArticle: false,
    onRestore: () => undefined,
  });
  sessions.push(session);
  return session;
}

/** Runs what follows a crossing after its frame (after-frame.ts): a task a job. */
async function afterTheFrame(): Promise<void> {
  for (let task = 0; task < 8; task += 1) await new Promise((done) => setTimeout(done, 0));
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
  delete (window as Stubbed).dataLayer;
  document.head.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('the reading session', () => {
  it('lets only the first reader on a page drive the address bar and analytics', async () => {
    const w = window as Stubbed;
    w.dataLayer = [];
    const first = open();
    const second = open();
    expect(first.drives).toBe(true);
    expect(second.drives).toBe(false);
    second.show({ article: article(own('/x'), 'X'), position: 1, siteTitle: null });
    second.show({ article: article(own('/y'), 'Y'), position: 2, siteTitle: null });
    expect(window.location.pathname).toBe('/');
    expect(w.dataLayer).toEqual([]);
    first.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    first.show({ article: article(own('/b'), 'B'), position: 2, siteTitle: null });
    expect(window.location.pathname).toBe('/b');
    await afterTheFrame();
    expect(w.dataLayer).toHaveLength(1);
  });

  it('hands the page to the next reader once the first is unmounted', () => {
    open().dispose();
    expect(open().drives).toBe(true);
  });

  it('on unmount restores the title, canonical link and description the page had', () => {
    document.title = 'Front page';
    document.head.insertAdjacentHTML(
      'beforeend',
      '<link rel="canonical" href="https://news.example/"><meta name="description" content="News">',
    );
    const session = open();
    session.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    session.show({ article: article(own('/b'), 'B'), position: 2, siteTitle: null });
    expect(document.title).toBe('B');
    session.dispose();
    expect(document.title).toBe('Front page');
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'https://news.example/',
    );
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      'News',
    );
  });

  it('shows an article of another origin without giving its URL to history or trackers', async () => {
    const w = window as Stubbed;
    w.dataLayer = [];
    const views = vi.fn();
    window.addEventListener('article-reader:view', views);
    const session = open();
    session.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    const length = history.length;
    session.show({
      article: article('https://elsewhere.example/story', 'Elsewhere'),
      position: 2,
      siteTitle: null,
    });
    await afterTheFrame();
    window.removeEventListener('article-reader:view', views);
    expect(document.title).toBe('Elsewhere');
    expect(window.location.pathname).toBe('/a');
    expect(history.length).toBe(length);
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', own('/a'));
    expect(w.dataLayer).toEqual([]);
    expect(views).toHaveBeenCalledTimes(1);
  });

  it('changes the address and the title at once, the head links and the report after the frame', async () => {
    const w = window as Stubbed;
    w.dataLayer = [];
    const session = open();
    session.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    await afterTheFrame();
    session.show({ article: article(own('/b'), 'B'), position: 2, siteTitle: 'Ledger' });
    expect(window.location.pathname).toBe('/b');
    expect(document.title).toBe('B – Ledger');
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', own('/a'));
    expect(w.dataLayer).toEqual([]);
    await afterTheFrame();
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', own('/b'));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      'About B',
    );
    expect(w.dataLayer).toEqual([
      { event: 'virtual_page_view', page_location: own('/b'), page_title: 'B' },
    ]);
  });

  it('reports each article scrolled through in order, with its own address, title and canonical link at the time', async () => {
    const w = window as Stubbed;
    const seen: (string | null | undefined)[] = [];
    w.dataLayer = [];
    w.dataLayer.push = (...items: unknown[]) => {
      seen.push(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      seen.push(window.location.href, document.title);
      return Array.prototype.push.apply(w.dataLayer, items);
    };
    const session = open();
    session.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    session.show({ article: article(own('/b'), 'B'), position: 2, siteTitle: null });
    session.show({ article: article(own('/c'), 'C'), position: 3, siteTitle: null });
    await afterTheFrame();
    expect(w.dataLayer.map((entry) => (entry as { page_title: string }).page_title)).toEqual([
      'B',
      'C',
    ]);
    expect(seen).toEqual([own('/b'), own('/b'), 'B', own('/c'), own('/c'), 'C']);
  });

  it('counts the view of an article made current just before the tab goes to the background', () => {
    const w = window as Stubbed;
    w.dataLayer = [];
    const session = open();
    session.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    session.show({ article: article(own('/b'), 'B'), position: 2, siteTitle: null });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(w.dataLayer).toEqual([
      { event: 'virtual_page_view', page_location: own('/b'), page_title: 'B' },
    ]);
  });

  it('counts the view of an article made current just before the page is left', () => {
    const w = window as Stubbed;
    w.dataLayer = [];
    const session = open();
    session.show({ article: article(own('/a'), 'A'), position: 1, siteTitle: null });
    session.show({ article: article(own('/b'), 'B'), position: 2, siteTitle: null });
    window.dispatchEvent(new Event('pagehide'));
    expect(w.dataLayer).toHaveLength(1);
    const stored = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key));
    expect(stored.join(' ')).toContain(own('/b'));
  });
});
