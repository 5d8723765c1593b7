import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testArticle } from '../test/article-fixture';
import { useReadingSession } from './use-reading-session';

const url = new URL('/world/harbour-opens', window.location.origin).href;
const article = testArticle(url, { url, link: url, title: 'Harbour opens' });

afterEach(() => {
  document.head.innerHTML = '';
  document.title = '';
  history.replaceState(null, '', '/');
});

describe('the reading session hook', () => {
  it('shows an article that became current before the session began', () => {
    let reported = false;
    const { unmount } = renderHook(() => {
      const show = useReadingSession(
        { historyMode: 'push', analytics: new Set() },
        () => {},
        false,
      );
      // The tracker's first report can come before this component's effects have run.
      if (!reported) show({ article, position: 1, siteTitle: null });
      reported = true;
    });
    expect(window.location.href).toBe(url);
    expect(document.title).toMatch(/^Harbour opens/);
    unmount();
  });
});
