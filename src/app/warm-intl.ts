/*
 * The first Intl formatter a page builds pays for loading the engine's locale data: about
 * 150 ms of the first article's first render under a 4x CPU slowdown (the byline's name list
 * and date), more than the rest of that render (issue 7). The entry builds one of each kind
 * the byline uses at an idle moment while the main thread waits for the feed and the app's
 * chunk, so the ones the app builds later, for the feed's own language, are quick.
 */

type WarmWindow = Pick<Window, 'setTimeout'> & {
  readonly document: Pick<Document, 'documentElement'>;
  readonly requestIdleCallback?: Window['requestIdleCallback'];
};

/** Builds, at the next idle moment, a formatter of each kind the first article's byline uses. */
export function warmIntl(win: WarmWindow): void {
  const build = () => {
    // The page's language is the likeliest guess at the feed's; a wrong guess costs little.
    const language = win.document.documentElement.lang || undefined;
    try {
      new Intl.ListFormat(language, { type: 'conjunction' }).format([]);
      new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format();
    } catch {
      // A tag Intl does not accept, or no Intl.ListFormat: the byline builds its own.
    }
  };
  if (win.requestIdleCallback) win.requestIdleCallback(build, { timeout: 500 });
  else win.setTimeout(build);
}
