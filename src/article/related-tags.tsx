import { useId } from 'react';
import { useLabels } from '../shared/labels';

interface RelatedTagsProps {
  readonly tags: readonly string[];
  /** A URL template with {slug}, e.g. "/tag/{slug}". */
  readonly tagUrl: string;
}

export function RelatedTags({ tags, tagUrl }: RelatedTagsProps) {
  const headingId = useId();
  const labels = useLabels();
  if (tags.length === 0) return null;
  return (
    <nav className="ar-tags" aria-labelledby={headingId}>
      <h3 id={headingId} className="ar-tags__title">
        {labels.relatedTags}
      </h3>
      <ul className="ar-tags__list">
        {tags.map((tag) => (
          <li key={tag}>
            <a className="ar-tags__link" href={tagHref(tagUrl, tag)}>
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "World news" → "world-news": what publishers' tag archives use. */
function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function tagHref(template: string, tag: string): string {
  return template.replaceAll('{slug}', encodeURIComponent(tagSlug(tag)));
}
