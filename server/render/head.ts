import type { Article } from '../../src/content/article.ts';

/*
 * The head of an article page (README, “The production server”): what a crawler indexes, what a chat or a
 * social network shows when the link is shared, and the lead picture asked for with the HTML.
 * Every value is the feed's text, so every value is escaped; the JSON-LD is escaped for the
 * inside of a <script> as well (a title may hold "</script>").
 */

export interface HeadInput {
  readonly article: Article;
  /** The page's absolute URL on the site. */
  readonly url: string;
  readonly siteName: string;
  /** The site's own JSON Feed, for <link rel="alternate">. */
  readonly feedUrl: string;
}

/** At most this long, a description is shown whole by search engines and unfurls. */
const DESCRIPTION_LENGTH = 200;

export function articleHead({ article, url, siteName, feedUrl }: HeadInput): string {
  const description = describe(article);
  const image = article.image;
  const tags = [
    `<title>${escapeHtml(`${article.title} | ${siteName}`)}</title>`,
    meta('name', 'description', description),
    link('canonical', url),
    link('alternate', feedUrl, ` type="application/feed+json" title="${escapeHtml(siteName)}"`),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', article.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    ...(image ? imageMeta(image.src, image.alt, image.width, image.height) : []),
    ...(article.published ? [meta('property', 'article:published_time', article.published)] : []),
    ...(article.modified ? [meta('property', 'article:modified_time', article.modified)] : []),
    ...(article.section ? [meta('property', 'article:section', article.section)] : []),
    ...article.tags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', article.title),
    meta('name', 'twitter:description', description),
    // The lead picture is the page's largest paint: asked for with the HTML, ahead of scripts.
    ...(image
      ? [`<link rel="preload" as="image" href="${escapeHtml(image.src)}" fetchpriority="high">`]
      : []),
    `<script type="application/ld+json">${scriptJson(newsArticle(article, url, siteName))}</script>`,
  ];
  return tags.join('\n    ');
}

/** The head of a page that is no article's: its title, and never an index entry. */
export function plainHead(title: string, siteName: string): string {
  return [
    `<title>${escapeHtml(`${title} | ${siteName}`)}</title>`,
    meta('name', 'robots', 'noindex'),
  ].join('\n    ');
}

function describe(article: Article): string {
  const text = article.summary ?? textOf(article.contentHtml);
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** The body's text for a description: tags dropped, the few entities a body uses decoded. */
function textOf(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  const entities: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    '#39': "'",
    nbsp: ' ',
  };
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .trim();
}

function imageMeta(src: string, alt: string, width: number | null, height: number | null) {
  return [
    meta('property', 'og:image', src),
    ...(alt ? [meta('property', 'og:image:alt', alt)] : []),
    ...(width ? [meta('property', 'og:image:width', String(width))] : []),
    ...(height ? [meta('property', 'og:image:height', String(height))] : []),
    meta('name', 'twitter:image', src),
  ];
}

/** schema.org NewsArticle (https://schema.org/NewsArticle), as search engines read it. */
function newsArticle(article: Article, url: string, siteName: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.modified ? { dateModified: article.modified } : {}),
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    ...(article.image ? { image: [article.image.src] } : {}),
    ...(article.section ? { articleSection: article.section } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    publisher: { '@type': 'Organization', name: siteName },
  };
}

/**
 * JSON for the inside of a <script>: "<" is escaped so neither "</script>" nor "<!--" can end
 * or change the element, and U+2028/U+2029 so that older parsers read it as JSON reads it.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;
}

function link(rel: string, href: string, extra = ''): string {
  return `<link rel="${rel}" href="${escapeHtml(href)}"${extra}>`;
}
