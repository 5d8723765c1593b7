import { useLabels } from '../shared/labels';

interface ReadMoreProps {
  readonly bodyId: string;
  readonly onExpand: () => void;
}

/** The gradient and its button under a collapsed article's summary. */
export function ReadMore({ bodyId, onExpand }: ReadMoreProps) {
  const labels = useLabels();
  return (
    <div className="ar-readmore">
      <button
        type="button"
        className="ar-readmore__button"
        aria-expanded="false"
        aria-controls={bodyId}
        onClick={onExpand}
      >
        {labels.readMore}
      </button>
    </div>
  );
}

/**
 * The summary shown while collapsed: the feed's own summary, else the body's first paragraph
 * (the body is already sanitised, so a slice of it is too).
 */
export function summaryHtml(summary: string | null, contentHtml: string): string | null {
  if (summary) return null;
  const first = /<p[\s>][\s\S]*?<\/p>/i.exec(contentHtml);
  return first ? first[0] : null;
}
