import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAfterFrame } from './after-frame';

const nextTask = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('work after the frame', () => {
  it('runs nothing in the task that asks, then one job a task, in order', async () => {
    const ran: string[] = [];
    const after = createAfterFrame(window);
    after.later(() => ran.push('links'));
    after.later(() => ran.push('report'));
    expect(ran).toEqual([]);
    await nextTask();
    expect(ran).toEqual(['links']);
    await nextTask();
    expect(ran).toEqual(['links', 'report']);
  });

  it('goes on with the jobs after one that throws, and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ran: string[] = [];
    const after = createAfterFrame(window);
    after.later(() => {
      throw new Error('tracker broke');
    });
    after.later(() => ran.push('report'));
    await nextTask();
    await nextTask();
    expect(ran).toEqual(['report']);
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^\[article-reader\] /),
      expect.any(Error),
    );
  });

  it('runs everything still waiting at once when flushed, and nothing twice', async () => {
    const ran: string[] = [];
    const after = createAfterFrame(window);
    after.later(() => ran.push('links'));
    after.later(() => ran.push('report'));
    after.flush();
    expect(ran).toEqual(['links', 'report']);
    await nextTask();
    await nextTask();
    expect(ran).toEqual(['links', 'report']);
  });
});
