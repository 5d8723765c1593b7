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

/**
 * `load` (an `() => import('./chunk')`), such that each call after a failure fetches anew.
 * Calls while one is on its way share it, and once the chunk has loaded every call gets that
 * module: one fetch and one instance for the page, however many ask.
 */
export function retryableImport<T>(
  load: () => Promise<T>,
  importUrl: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
  linkStylesheet: (url: string) => Promise<void> = addStylesheet,
): () => Promise<T> {
  let failedUrl: string | null = null;
  let tries = 0;
  let current: Promise<T> | null = null;
  const attempt = async (): Promise<T> => {
    const url = failedUrl;
    if (url === null) return load();
    tries += 1;
    // The chunk's stylesheet failed before its script was asked for (offline): the preloader
    // will not link that URL again, so it is linked afresh here, then the chunk is imported.
    if (/\.css$/.test(url)) {
      await linkStylesheet(retryUrl(url, tries));
      failedUrl = null;
      return load();
    }
    // The same chunk as `load` gives, under another URL: its module has the type load's has.
    return (await importUrl(retryUrl(url, tries))) as T;
  };
  return () => {
    current ??= attempt().catch((error: unknown) => {
      failedUrl ??= failedModuleUrl(error);
      current = null;
      throw error;
    });
    return current;
  };
}

/** Links `url` as a stylesheet; settles once it has loaded, and rejects when it cannot. */
function addStylesheet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`Unable to preload CSS for ${url}`));
    });
    document.head.append(link);
  });
}

/**
 * The script a failed import() names in its message, or the stylesheet Vite's preloader names
 * when a chunk's CSS could not load ("Unable to preload CSS for URL"); null for neither.
 */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : '';
  const match = /\b(https?:\/\/[^\s'"]+?\.(?:m?js|css))(?=$|[\s'"?#])/.exec(message);
  return match?.[1] ?? null;
}

function retryUrl(url: string, tries: number): string {
  const next = new URL(url);
  next.searchParams.set('retry', String(tries));
  return next.href;
}
