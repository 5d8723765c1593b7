import type { ArticleHtml } from '../content/article-body';
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
 * The preview a collapsed article takes from its body: the first paragraph as the content layer
 * built it from the sanitised DOM. None where the feed has a summary of its own, which is shown
 * as text instead.
 */
export function bodyPreviewHtml(
  summary: string | null,
  html: ArticleHtml,
): ArticleHtml['firstParagraph'] {
  if (summary) return null;
  return html.firstParagraph;
}
