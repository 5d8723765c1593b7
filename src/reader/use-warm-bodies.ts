import { useEffect, useRef } from 'react';
import type { Article } from '../content/article';
import { articleHtml } from '../content/article-body';
import { warmAtIdle } from './warm-at-idle';

/**
 * How many of the loaded articles not yet on the page have their bodies made ready ahead: a
 * feed page's worth (the source pages hold 10), so the idle moments while the reader looks at
 * the first screen prepare what fast scrolling then reveals several at a time.
 */
const WARM_AHEAD = 10;

/**
 * Sanitises the bodies of the next articles to be revealed at idle moments, so the render
 * that reveals one finds its HTML made (the body's sanitising was the longest single unit of
 * that render, and React cannot cut a unit in two). `revealed`: how many are on the page;
 * `offset`: positions before the reader's first (a host article).
 *
 * Each article is asked for once and its request outlives the reveals that follow: a reader
 * scrolling on reveals every few hundred milliseconds, and a request cancelled at each one
 * would never meet an idle moment. Only unmounting cancels what has not run.
 */
export function useWarmBodies(
  articles: readonly Article[],
  revealed: number,
  offset: number,
): void {
  const asked = useRef(new WeakSet<Article>());
  const cancels = useRef(new Set<() => void>());

  useEffect(() => {
    const from = Math.max(0, revealed);
    const jobs = articles.slice(from, from + WARM_AHEAD).flatMap((article, i) => {
      if (asked.current.has(article)) return [];
      asked.current.add(article);
      // The level the view will ask for: the first article's title is the page's h1.
      const level = from + i + 1 + offset === 1 ? 1 : 2;
      return [() => void articleHtml(article, level)];
    });
    if (jobs.length === 0) return;
    // Kept until its jobs have run, so a long session holds no finished batch.
    const batches = cancels.current;
    const cancel = warmAtIdle(window, jobs, () => batches.delete(cancel));
    batches.add(cancel);
  }, [articles, revealed, offset]);

  useEffect(() => {
    const pending = cancels.current;
    return () => {
      for (const cancel of pending) cancel();
      pending.clear();
    };
  }, []);
}
