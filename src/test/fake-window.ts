/**
 * A window with just enough history and location for the history sync: entries as a list,
 * go() traversing asynchronously with a popstate, as a browser does.
 */
export interface FakeWindow {
  readonly window: Window;
  readonly entries: { url: string; state: unknown }[];
  readonly index: () => number;
  /** The user presses Back (-1) or Forward (+1). */
  traverse(delta: number): Promise<void>;
  /** Waits for queued traversals to land. */
  settle(): Promise<void>;
  /** The browser drops the `count` oldest entries (it keeps about 50 per tab). */
  dropOldest(count: number): void;
}

export function createFakeWindow(startUrl: string): FakeWindow {
  const target = new EventTarget();
  const entries = [{ url: startUrl, state: null as unknown }];
  let index = 0;
  let pending = Promise.resolve();
  const current = () => entries[index] ?? { url: startUrl, state: null };
  const resolve = (url: string | URL | null | undefined) =>
    url == null ? current().url : new URL(url, current().url).href;

  const traverse = (delta: number): Promise<void> => {
    pending = pending.then(() => {
      const next = index + delta;
      if (next < 0 || next >= entries.length) return;
      index = next;
      target.dispatchEvent(Object.assign(new Event('popstate'), { state: current().state }));
    });
    return pending;
  };

  const history = {
    scrollRestoration: 'auto' as ScrollRestoration,
    get length() {
      return entries.length;
    },
    get state() {
      return current().state;
    },
    pushState(state: unknown, _unused: string, url?: string | URL | null) {
      entries.splice(index + 1, entries.length, { url: resolve(url), state });
      index += 1;
    },
    replaceState(state: unknown, _unused: string, url?: string | URL | null) {
      entries[index] = { url: resolve(url), state };
    },
    go(delta = 0) {
      void traverse(delta);
    },
  };
  const location = {
    get href() {
      return current().url;
    },
    get origin() {
      return new URL(current().url).origin;
    },
  };
  const window = {
    history,
    location,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    // Looked up when called, so vi.useFakeTimers() governs them.
    setTimeout: (handler: () => void, delay?: number) => setTimeout(handler, delay),
    clearTimeout: (id?: number) => clearTimeout(id),
  } as unknown as Window;
  const dropOldest = (count: number) => {
    const dropped = Math.min(count, index);
    entries.splice(0, dropped);
    index -= dropped;
  };
  return { window, entries, index: () => index, traverse, settle: () => pending, dropOldest };
}
