import { useSyncExternalStore } from 'react';
import { useLabels } from '../shared/labels';
import { authorsLine, dateFormat, shownUpdate } from './byline-text';

interface BylineProps {
  readonly authors: readonly string[];
  readonly published: string | null;
  readonly modified: string | null;
  /** The article's language (BCP 47), for its dates and the way names are joined. */
  readonly language?: string | undefined;
}

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
  const update = shownUpdate(published, modified);
  return (
    <div className="ar-byline">
      {authors.length > 0 && (
        <p className="ar-byline__authors">{authorsLine(labels.by, authors, language)}</p>
      )}
      {published && (
        <p className="ar-byline__time">
          {labels.published} <DateTime iso={published} language={language} />
          {update && (
            <>
              {` · ${labels.updated} `}
              <DateTime iso={update} language={language} />
            </>
          )}
        </p>
      )}
    </div>
  );
}
