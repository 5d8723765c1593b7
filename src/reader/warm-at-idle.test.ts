import { describe, expect, it, vi } from 'vitest';
import { warmAtIdle } from './warm-at-idle';

/** A window whose idle moments the test hands out one at a time. */
function idleWindow() {
  const waiting = new Map<number, () => void>();
  let handles = 0;
  const win = {
    setTimeout: vi.fn(),
    clearTimeout: vi.fn(),
    requestIdleCallback: (callback: () => void) => {
      handles += 1;
      waiting.set(handles, callback);
      return handles;
    },
    cancelIdleCallback: (handle: number) => waiting.delete(handle),
  } as unknown as Parameters<typeof warmAtIdle>[0];
  const idleMoment = () => {
    const [first] = waiting;
    if (!first) return;
    waiting.delete(first[0]);
    first[1]();
  };
  return { win, idleMoment, pending: () => waiting.size };
}

describe('warmAtIdle', () => {
  it('runs one job an idle moment, in order, and nothing at once', () => {
    const { win, idleMoment } = idleWindow();
    const done: string[] = [];
    warmAtIdle(win, [() => done.push('next'), () => done.push('after it')]);
    expect(done).toEqual([]);
    idleMoment();
    expect(done).toEqual(['next']);
    idleMoment();
    expect(done).toEqual(['next', 'after it']);
  });

  it('runs none of the remaining jobs once cancelled', () => {
    const { win, idleMoment, pending } = idleWindow();
    const done: string[] = [];
    const cancel = warmAtIdle(win, [() => done.push('next'), () => done.push('after it')]);
    idleMoment();
    cancel();
    expect(pending()).toBe(0);
    idleMoment();
    expect(done).toEqual(['next']);
  });

  it('says when its last job has run, and only then', () => {
    const { win, idleMoment } = idleWindow();
    const onDone = vi.fn();
    warmAtIdle(win, [() => undefined, () => undefined], onDone);
    idleMoment();
    expect(onDone).not.toHaveBeenCalled();
    idleMoment();
    expect(onDone).toHaveBeenCalledOnce();
  });
});
