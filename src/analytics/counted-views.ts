import { attempt } from '../shared/session-storage';

/*
 * The article URLs whose view was counted in this page session (contract section 7: once per
 * article per page session; section 5: a reload or Back brings no second view). Kept in the
 * tab's sessionStorage under the page session's id (the history run a reload keeps), so a
 * reload remembers them and a new visit of the page counts afresh. Bounded; without storage
 * it is the page's memory only.
 */
const PREFIX = 'article-reader:views:';
const MAX_URLS = 500;

export interface CountedViews {
  has(url: string): boolean;
  add(url: string): void;
}

export interface CountedViewsStore {
  readonly storage: Storage | null;
  /** The page session's id. */
  readonly session: string;
}

export function createCountedViews(store: CountedViewsStore | null = null): CountedViews {
  const key = store ? PREFIX + store.session : null;
  const counted = new Set<string>(load(store?.storage ?? null, key));
  return {
    has: (url) => counted.has(url),
    add(url) {
      counted.add(url);
      if (!store || key === null) return;
      const kept = [...counted].slice(-MAX_URLS);
      attempt(() => store.storage?.setItem(key, JSON.stringify(kept)));
    },
  };
}

function load(storage: Storage | null, key: string | null): string[] {
  if (!storage || key === null) return [];
  const raw = attempt(() => storage.getItem(key));
  if (!raw) return [];
  const parsed = attempt((): unknown => JSON.parse(raw));
  return Array.isArray(parsed)
    ? parsed.filter((url): url is string => typeof url === 'string')
    : [];
}
