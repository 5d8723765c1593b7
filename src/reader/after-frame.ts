import { logError } from '../shared/log';

/**
 * Work that follows an article becoming current but that no reader waits for (the head's
 * canonical link and description, the analytics report and its sessionStorage write), run
 * after the frame that made it current, each job in a task of its own, in the order given
 * (docs/decisions/0180-head-links-and-analytics-after-the-frame.md).
 *
 * An article becomes current in the scroll event (0110), inside the frame that moves the page:
 * everything done there delays that frame's paint, and a Page Down's next paint is its INP. A
 * task queued from the scroll event runs once that frame's rendering is done; one job a task
 * keeps each task short, so none makes a long frame of its own.
 */
export interface AfterFrame {
  /** Runs `job` in a task after the ones already waiting. */
  readonly later: (job: () => void) => void;
  /** Runs at once, in order, every job still waiting (the page is being left, the reader goes). */
  readonly flush: () => void;
}

export type AfterFrameWindow = Pick<Window, 'setTimeout' | 'clearTimeout'>;

export function createAfterFrame(win: AfterFrameWindow): AfterFrame {
  const waiting: (() => void)[] = [];
  let timer: number | null = null;

  const runOne = (): void => {
    const job = waiting.shift();
    try {
      job?.();
    } catch (error) {
      // One job failing must not hold back the ones after it.
      logError('A follow-up of the current article failed.', error);
    }
  };
  const next = (): void => {
    timer = null;
    runOne();
    if (waiting.length > 0) timer = win.setTimeout(next, 0);
  };

  return {
    later(job) {
      waiting.push(job);
      timer ??= win.setTimeout(next, 0);
    },
    flush() {
      if (timer !== null) win.clearTimeout(timer);
      timer = null;
      while (waiting.length > 0) runOne();
    },
  };
}
