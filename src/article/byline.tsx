import { useSyncExternalStore } from 'react';
import { joinNames } from '../content/text';
import { fillLabel, useLabels } from '../shared/labels';

interface BylineProps {
  readonly authors: readonly string[];
  readonly published: string | null;
  readonly modified: string | null;
  /** The article's language (BCP 47), for its dates and the way names are joined. */
  readonly language?: string | undefined;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and zone, made once: building them is costly. 'local' is the
 * reader's own time zone; 'utc' is what a server-rendered page shows before the client takes
 * over: the same text whatever zone and language the server and the browser are in, so the
 * page hydrates without a mismatch (docs/decisions/0050-byline-dates-across-time-zones.md).
 */
function dateFormat(language: string | undefined, zone: 'local' | 'utc'): Intl.DateTimeFormat {
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

const SERVER_LOCALE = 'en-GB';
const noChange = () => () => undefined;

/** A date in the reader's zone, rendered first (on the server, and hydrating) in UTC. */
function DateTime({ iso, language }: { iso: string; language: string | undefined }) {
  const date = new Date(iso);
  const text = useSyncExternalStore(
    noChange,
    () => dateFormat(language, 'local').format(date),
    () => dateFormat(language, 'utc').format(date),
  );
  return <time dateTime={iso}>{text}</time>;
}

/** "By Ana and Ben · Published 25 Nov 2026, 07:40", with machine-readable times. */
export function Byline({ authors, published, modified, language }: BylineProps) {
  const labels = useLabels();
  const showModified = modified !== null && published !== null && modified > published;
  return (
    <div className="ar-byline">
      {authors.length > 0 && (
        <p className="ar-byline__authors">
          {fillLabel(labels.by, { authors: joinNames(authors, language) })}
        </p>
      )}
      {published && (
        <p className="ar-byline__time">
          {labels.published} <DateTime iso={published} language={language} />
          {showModified && (
            <>
              {` · ${labels.updated} `}
              <DateTime iso={modified} language={language} />
            </>
          )}
        </p>
      )}
    </div>
  );
}
