import { useLabels } from '../shared/labels';
import { TitledRegion } from '../shared/titled-region';

interface RelatedTagsProps {
  readonly tags: readonly string[];
  /** A URL template with {slug}, e.g. "/tag/{slug}". */
  readonly tagUrl: string;
}

export function RelatedTags({ tags, tagUrl }: RelatedTagsProps) {
  const labels = useLabels();
  if (tags.length === 0) return null;
  return (
    <TitledRegion as="nav" className="ar-tags" heading="h3" title={labels.relatedTags}>
      <ul className="ar-tags__list">
        {tags.map((tag) => (
          <li key={tag}>
            <a className="ar-tags__link" href={tagHref(tagUrl, tag)}>
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </TitledRegion>
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
