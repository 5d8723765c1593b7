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

/** One formatter per language, made once: building them is costly. */
function dateFormat(language: string | undefined): Intl.DateTimeFormat {
  const key = language ?? '';
  let format = formats.get(key);
  if (!format) {
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    try {
      format = new Intl.DateTimeFormat(language, options);
    } catch {
      // A tag Intl does not accept: the browser's own language rather than no date.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** "By Ana and Ben · Published 25 Nov 2026, 07:40", with machine-readable times. */
export function Byline({ authors, published, modified, language }: BylineProps) {
  const labels = useLabels();
  const format = dateFormat(language);
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
          {labels.published} <time dateTime={published}>{format.format(new Date(published))}</time>
          {showModified && (
            <>
              {` · ${labels.updated} `}
              <time dateTime={modified}>{format.format(new Date(modified))}</time>
            </>
          )}
        </p>
      )}
    </div>
  );
}
