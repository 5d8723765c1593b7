import type { Article, ArticleImage, FeedPage } from '../../src/content/article.ts';

/*
 * A feed page as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), whatever source the server
 * read it from: the browser only ever runs the JSON Feed source, reads it from the site's own
 * origin (no CORS needed from the publisher), and downloads neither the RSS nor the WordPress
 * code. What the Article model has beyond JSON Feed (picture sizes, captions, credits, the
 * gallery, the section) goes in the `_reader` extension that the JSON Feed source reads.
 */

export interface JsonFeedOptions {
  /** The absolute URL of this page on the site. */
  readonly feedUrl: string;
  /** The absolute URL of the next page on the site, or null at the end. */
  readonly nextUrl: string | null;
  readonly title: string | null;
  readonly homePageUrl: string;
}

export function toJsonFeed(page: FeedPage, options: JsonFeedOptions): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    ...(options.title ? { title: options.title } : {}),
    home_page_url: options.homePageUrl,
    feed_url: options.feedUrl,
    ...(options.nextUrl ? { next_url: options.nextUrl } : {}),
    // JSON Feed has one language per feed: the first article's stands for the page.
    ...(page.articles[0]?.language ? { language: page.articles[0].language } : {}),
    items: page.articles.map(toItem),
  };
}

function toItem(article: Article): Record<string, unknown> {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    ...(article.summary !== null ? { summary: article.summary } : {}),
    content_html: article.contentHtml,
    ...(article.published ? { date_published: article.published } : {}),
    ...(article.modified ? { date_modified: article.modified } : {}),
    authors: article.authors.map((name) => ({ name })),
    tags: article.tags,
    ...(article.image ? { image: article.image.src } : {}),
    _reader: {
      ...(article.section !== null ? { section: article.section } : {}),
      ...(article.image ? { image: imageFields(article.image) } : {}),
      gallery: article.gallery.map(imageFields),
    },
  };
}

function imageFields(image: ArticleImage): Record<string, unknown> {
  return {
    src: image.src,
    ...(image.width !== null ? { width: image.width } : {}),
    ...(image.height !== null ? { height: image.height } : {}),
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
  };
}
