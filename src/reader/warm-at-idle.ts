import { whenIdle } from '../article/when-idle';

type IdleWindow = Parameters<typeof whenIdle>[0];

/**
 * Runs `jobs` at the page's idle moments, one job a moment, in order; returns a cancel for the
 * ones not yet run. For work a render would otherwise do inside a slice of its own (sanitising
 * the next article's body): done ahead, while the reader reads, it is not done in the frame
 * that puts the article on the page. `onDone` is called once the last job has run.
 */
export function warmAtIdle(
  win: IdleWindow,
  jobs: readonly (() => void)[],
  onDone: () => void = () => undefined,
): () => void {
  let next = 0;
  let cancel: (() => void) | null = null;
  const step = (): void => {
    cancel = null;
    const job = jobs[next];
    if (!job) return;
    next += 1;
    job();
    if (next < jobs.length) cancel = whenIdle(win, step);
    else onDone();
  };
  if (jobs.length > 0) cancel = whenIdle(win, step);
  return () => cancel?.();
}
