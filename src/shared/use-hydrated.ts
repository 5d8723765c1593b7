import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False on the server and while React hydrates server-rendered markup, true once the client
 * renders on its own: what only the client can render (a lazily loaded carousel) waits for it,
 * so the hydrated markup is the server's and nothing mismatches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
