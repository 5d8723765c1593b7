import { joinNames } from '../content/names';
import { fillLabel } from '../shared/label-words';

/*
 * A byline's words, without React: the byline component renders them, and the embed entry
 * paints the first article's byline with the same words before the app has loaded
 * (src/app/first-screen.ts), so nothing in it changes when React takes over.
 */

/** "By Ana and Ben", in the article's language. */
export function authorsLine(
  byLabel: string,
  authors: readonly string[],
  language: string | undefined,
): string {
  return fillLabel(byLabel, { authors: joinNames(authors, language) });
}

/** The update time shown beside the publication time: only one that came after it. */
export function shownUpdate(published: string | null, modified: string | null): string | null {
  return modified !== null && published !== null && modified > published ? modified : null;
}

const SERVER_LOCALE = 'en-GB';
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and zone, made once: building them is costly. 'local' is the
 * reader's own time zone; 'utc' is what a server-rendered page shows before the client takes
 * over: the same text whatever zone and language the server and the browser are in, so the
 * page hydrates without a mismatch (docs/decisions/0050-byline-dates-across-time-zones.md).
 */
export function dateFormat(
  language: string | undefined,
  zone: 'local' | 'utc',
): Intl.DateTimeFormat {
  const key = `${zone}|${language ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const options =
      zone === 'utc'
        ? ({
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZone: 'UTC',
            timeZoneName: 'short',
          } as const)
        : ({ dateStyle: 'medium', timeStyle: 'short' } as const);
    // Without a language of its own, the server's default would differ from the browser's.
    const locale = language ?? (zone === 'utc' ? SERVER_LOCALE : undefined);
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A tag Intl does not accept: a fixed one on the server, the browser's own otherwise.
      format = new Intl.DateTimeFormat(zone === 'utc' ? SERVER_LOCALE : undefined, options);
    }
    formats.set(key, format);
  }
  return format;
}
