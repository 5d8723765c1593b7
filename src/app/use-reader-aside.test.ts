import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderAside } from '../widgets/reader-aside';
import { useReaderAside } from './use-reader-aside';

type Load = NonNullable<Parameters<typeof useReaderAside>[2]>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the aside’s code (Most popular, the signup form)', () => {
  const chunk = () => vi.fn<Load>(() => Promise.resolve({ ReaderAside }));

  it('is the given component at once, with no chunk asked for (a server-rendered page)', () => {
    const load = chunk();
    const { result } = renderHook(() => useReaderAside(ReaderAside, false, load));
    expect(result.current).toBe(ReaderAside);
    expect(load).not.toHaveBeenCalled();
  });

  it('is asked for only once wanted (the first article has painted), then rendered', async () => {
    const load = chunk();
    const { result, rerender } = renderHook(
      ({ wanted }) => useReaderAside(undefined, wanted, load),
      { initialProps: { wanted: false } },
    );
    expect(result.current).toBeNull();
    expect(load).not.toHaveBeenCalled();
    rerender({ wanted: true });
    await waitFor(() => expect(result.current).toBe(ReaderAside));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('steps aside with a warning when its chunk cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn<Load>(() => Promise.reject(new TypeError('Failed to fetch')));
    const { result } = renderHook(() => useReaderAside(undefined, true, load));
    await waitFor(() =>
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^\[article-reader\] Most popular and the signup form could not load/,
        ),
        expect.any(TypeError),
      ),
    );
    expect(result.current).toBeNull();
  });
});
