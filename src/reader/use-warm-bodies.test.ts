import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyArticle } from '../content/article-body';
import { sanitizeArticleBody } from '../content/sanitize';
import { testArticle } from '../test/article-fixture';
import { useWarmBodies } from './use-warm-bodies';

/** An article whose body is sanitised on first read, as a source makes it; the spy counts. */
function lazy(key: string) {
  const sanitise = vi.fn(() =>
    sanitizeArticleBody(`<p>Body of ${key}</p>`, 'https://news.example/', window),
  );
  return { article: lazyArticle(testArticle(key), null, sanitise, window), sanitise };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('warming the next bodies', () => {
  it('sanitises the next articles to be revealed at idle moments, not those on the page', () => {
    vi.useFakeTimers(); // jsdom has no requestIdleCallback: a short timeout stands in
    const made = ['1', '2', '3'].map(lazy);
    const [shown, next, afterNext] = made;
    renderHook(() =>
      useWarmBodies(
        made.map((m) => m.article),
        1,
        0,
      ),
    );
    expect(next?.sanitise).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(next?.sanitise).toHaveBeenCalledTimes(1);
    expect(afterNext?.sanitise).toHaveBeenCalledTimes(1);
    expect(shown?.sanitise).not.toHaveBeenCalled();
    // The view finds it made: reading it again sanitises nothing more.
    expect(next?.article.contentHtml).toContain('Body of 2');
    expect(next?.sanitise).toHaveBeenCalledTimes(1);
  });

  it('keeps an asked article’s request when another article is revealed before it ran', () => {
    vi.useFakeTimers();
    const made = ['1', '2', '3'].map(lazy);
    const articles = made.map((m) => m.article);
    const { rerender } = renderHook(({ revealed }) => useWarmBodies(articles, revealed, 0), {
      initialProps: { revealed: 1 },
    });
    rerender({ revealed: 2 }); // scrolling on: a reveal before any idle moment
    vi.runAllTimers();
    expect(made.map((m) => m.sanitise.mock.calls.length)).toEqual([0, 1, 1]);
  });
});
