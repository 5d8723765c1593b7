/*
 * A lazy chunk's import() that a later call really tries again. Browsers that keep a failed
 * module fetch in their module map, as the HTML standard did before whatwg/html#10327 (Safari,
 * Firefox, Chromium before it shipped, Debian's Chromium 150 among them), fail an import() of
 * the same URL again at once, with no request: a retry after a dropped connection, a 5xx or a
 * redeploy's 404 never heals (contract section 4 wants it to, on its own and on Try again). So
 * a call after a failure imports the chunk under a URL of its own (`?retry=N`), which the
 * browser fetches afresh: the same file, a new entry in the module map. The chunk's URL is the
 * one the first failure names (Chromium and Firefox put it in the message); where a failure
 * names none (Safari), the call is the plain import() again, as before.
 *
 * Only for a leaf chunk, one that no other chunk imports statically (the engine, the session,
 * the aside, the carousel, DOMPurify, the RSS and WordPress sources): a chunk that others
 * import by its own URL (the app chunk) would, under a second URL, run twice.
 */

/** `load` (an `() => import('./chunk')`), such that each call after a failure fetches anew. */
export function retryableImport<T>(
  load: () => Promise<T>,
  importUrl: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): () => Promise<T> {
  let failedUrl: string | null = null;
  let tries = 0;
  return async () => {
    const url = failedUrl;
    try {
      if (url === null) return await load();
      tries += 1;
      // The same chunk as `load` gives, under another URL: its module has the type load's has.
      return (await importUrl(retryUrl(url, tries))) as T;
    } catch (error) {
      failedUrl ??= failedModuleUrl(error);
      throw error;
    }
  };
}

/** The script a failed import() names in its message, or null (a failure of another kind). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  const match = /\b(https?:\/\/[^\s'"]+?\.m?js)(?=$|[\s'"?#])/.exec(message);
  return match?.[1] ?? null;
}

function retryUrl(url: string, tries: number): string {
  const next = new URL(url);
  next.searchParams.set('retry', String(tries));
  return next.href;
}
