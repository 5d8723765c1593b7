import { joinNames } from '../content/text';

interface BylineProps {
  readonly authors: readonly string[];
  readonly published: string | null;
  readonly modified: string | null;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "By Ana and Ben · Published 25 Nov 2026, 07:40", with machine-readable times. */
export function Byline({ authors, published, modified }: BylineProps) {
  const showModified = modified !== null && published !== null && modified > published;
  return (
    <div className="ar-byline">
      {authors.length > 0 && <p className="ar-byline__authors">By {joinNames(authors)}</p>}
      {published && (
        <p className="ar-byline__time">
          Published <time dateTime={published}>{dateFormat.format(new Date(published))}</time>
          {showModified && (
            <>
              {' · Updated '}
              <time dateTime={modified}>{dateFormat.format(new Date(modified))}</time>
            </>
          )}
        </p>
      )}
    </div>
  );
}
