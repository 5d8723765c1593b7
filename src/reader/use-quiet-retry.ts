import { useEffect, useEffectEvent, useState } from 'react';

/** A failed page ahead of the reader is tried again after 2 s, 4 s, 8 s… at most 30 s apart. */
function quietRetryDelay(attempt: number): number {
  return Math.min(2000 * 2 ** attempt, 30_000);
}

/**
 * While `failing` (a prefetch failed and the reader has not reached it), calls `retry` on a
 * growing delay, without a word to the reader: they have articles to read meanwhile.
 */
export function useQuietRetry(failing: boolean, retry: () => void): void {
  const [attempt, setAttempt] = useState(0);
  const run = useEffectEvent(retry);
  useEffect(() => {
    if (!failing) return;
    const timer = setTimeout(() => {
      setAttempt((count) => count + 1);
      run();
    }, quietRetryDelay(attempt));
    return () => clearTimeout(timer);
  }, [failing, attempt]);
  if (!failing && attempt !== 0) setAttempt(0);
}
