import { sampleItems } from './sample-feed';

/*
 * The bundled sample feed re-served as an RSS feed and as a WordPress REST API, so the browser
 * tests can read the same articles through every source. Built from our own sample content.
 */

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type Item = ReturnType<typeof sampleItems>[number] & {
  content_html?: string;
  date_published?: string;
  image?: string;
  tags?: string[];
};

export function rssPage(page: number, perPage: number): string {
  const all = sampleItems() as Item[];
  const items = all.slice((page - 1) * perPage, page * perPage);
  const next = page * perPage < all.length ? `<atom:link rel="next" href="${page + 1}.xml"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>The Harbour Ledger</title><link>/</link>${next}
${items
  .map(
    (item) => `<item>
  <title>${escapeXml(item.title)}</title>
  <link>${item.url}</link>
  <guid isPermaLink="false">${item.id}</guid>
  <pubDate>${new Date(item.date_published ?? 0).toUTCString()}</pubDate>
  ${(item.authors ?? []).map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`).join('')}
  ${[item._reader?.section ?? '', ...(item.tags ?? [])].map((t) => `<category>${escapeXml(t)}</category>`).join('')}
  <description>${escapeXml(item.summary ?? '')}</description>
  <content:encoded><![CDATA[${item.content_html ?? ''}]]></content:encoded>
  ${item.image ? `<media:content url="${item.image}" medium="image" width="1200" height="800"/>` : ''}
</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function wordPressPage(
  page: number,
  perPage: number,
): { body: unknown[]; totalPages: number } {
  const all = sampleItems() as Item[];
  const items = all.slice((page - 1) * perPage, page * perPage);
  return {
    totalPages: Math.ceil(all.length / perPage),
    body: items.map((item, index) => ({
      id: 1000 + (page - 1) * perPage + index,
      status: 'publish',
      link: item.url,
      date_gmt: (item.date_published ?? '').replace('Z', ''),
      title: { rendered: escapeXml(item.title) },
      content: { rendered: item.content_html ?? '' },
      excerpt: { rendered: `<p>${escapeXml(item.summary ?? '')}</p>` },
      _embedded: {
        author: (item.authors ?? []).map((a, i) => ({ id: i + 1, name: a.name })),
        'wp:term': [
          [{ taxonomy: 'category', name: item._reader?.section ?? 'News', slug: 'news' }],
          (item.tags ?? []).map((tag) => ({
            taxonomy: 'post_tag',
            name: tag,
            slug: tag.toLowerCase(),
          })),
        ],
        'wp:featuredmedia': item.image
          ? [
              {
                source_url: item.image,
                alt_text: '',
                media_details: { width: 1200, height: 800, sizes: {} },
              },
            ]
          : [],
      },
    })),
  };
}
