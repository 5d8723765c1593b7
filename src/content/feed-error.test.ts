import { describe, expect, it } from 'vitest';
import { FeedError, retryDelayMs } from './feed-error';

const busy = (retryAfterMs: number | null) =>
  new FeedError('http', 'https://news.example/feed', 'busy', 503, { retryAfterMs });

describe('retryDelayMs', () => {
  it('backs off exponentially, each wait a random point in its upper half', () => {
    expect(retryDelayMs(0, busy(null), () => 0)).toBe(250);
    expect(retryDelayMs(0, busy(null), () => 1)).toBe(500);
    expect(retryDelayMs(2, busy(null), () => 0.5)).toBe(1500);
    expect(retryDelayMs(9, busy(null), () => 1)).toBe(4000);
  });

  it("waits at least as long as the server's Retry-After, up to a minute", () => {
    expect(retryDelayMs(0, busy(10_000), () => 1)).toBe(10_000);
    expect(retryDelayMs(0, busy(3_600_000), () => 1)).toBe(60_000);
    expect(retryDelayMs(0, new Error('offline'), () => 1)).toBe(500);
  });
});
