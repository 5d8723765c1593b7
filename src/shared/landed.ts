import { createContext, use } from 'react';

/*
 * Whether the reader's first article has been painted. What only later reading needs (the
 * next feed page, the carousel's chunk) waits for it, so the first screen's requests and
 * main-thread time go to the first article (issue 7). True by default: where no reader
 * provides it (a view on its own, the server's render) nothing waits.
 */
export const LandedContext = createContext(true);

export function useLanded(): boolean {
  return use(LandedContext);
}

/** Without frames (a background tab runs no animation frames) the wait ends after this. */
export const PAINT_FALLBACK_MS = 1000;

type PaintWindow = Pick<
  Window,
  'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'
>;

/**
 * Calls `callback` once the frame that shows what was just committed has been painted: a
 * task queued from an animation frame runs after that frame's paint. Returns a cancel.
 */
export function afterNextPaint(win: PaintWindow, callback: () => void): () => void {
  let done = false;
  let task: number | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    win.cancelAnimationFrame(frame);
    if (task !== null) win.clearTimeout(task);
    win.clearTimeout(fallback);
    callback();
  };
  const frame = win.requestAnimationFrame(() => {
    task = win.setTimeout(finish, 0);
  });
  const fallback = win.setTimeout(finish, PAINT_FALLBACK_MS);
  return () => {
    done = true;
    win.cancelAnimationFrame(frame);
    if (task !== null) win.clearTimeout(task);
    win.clearTimeout(fallback);
  };
}
