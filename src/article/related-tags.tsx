import { useLabels } from '../shared/labels';
import { TitledRegion } from '../shared/titled-region';

interface RelatedTagsProps {
  readonly tags: readonly string[];
  /** A URL template with {slug}, e.g. "/tag/{slug}". */
  readonly tagUrl: string;
  /** One level below the article's title, as its body's headings (heading-order). */
  readonly heading: 'h2' | 'h3';
}

export function RelatedTags({ tags, tagUrl, heading }: RelatedTagsProps) {
  const labels = useLabels();
  if (tags.length === 0) return null;
  return (
    <TitledRegion as="nav" className="ar-tags" heading={heading} title={labels.relatedTags}>
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
  // ASCII first, without Unicode tables: the first normalize() and \p{…} in a page load theirs,
  // tens of milliseconds inside the render that hydrates a server-rendered article.
  if (/^[\x20-\x7e]*$/.test(tag)) {
    return tag
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
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
