import { describe, expect, it } from 'vitest';
import { isIconOrPixel, pictureKey } from './lead-picture';
import { sanitizeArticleBody } from './sanitize';
import { parseJsonFeed } from './sources/json-feed';
import { parseRss } from './sources/rss';

const BASE = 'https://news.example/world/story';
const sized = (src: string, width: number | null = null, height: number | null = null) => ({
  src,
  width,
  height,
});

describe('which pictures may lead', () => {
  it('never an icon, an emoji or a tracking pixel', () => {
    expect(isIconOrPixel(sized('https://news.example/a.jpg', 64, 64))).toBe(true);
    expect(isIconOrPixel(sized('https://news.example/a.jpg', 1200, 1))).toBe(true);
    expect(
      isIconOrPixel(sized('https://news.example/wp-includes/images/smilies/icon_smile.gif')),
    ).toBe(true);
    expect(isIconOrPixel(sized('https://s.w.org/images/core/emoji/14.0.0/72x72/1f600.png'))).toBe(
      true,
    );
    expect(isIconOrPixel(sized('http://feeds.feedburner.com/~r/Example/~4/abc'))).toBe(true);
    expect(isIconOrPixel(sized('https://stats.example/pixel?id=9'))).toBe(true);
    expect(isIconOrPixel(sized('https://stats.example/t/1x1.gif'))).toBe(true);
    expect(isIconOrPixel(sized('https://news.example/media/harbour.jpg', 1200, 800))).toBe(false);
    expect(isIconOrPixel(sized('https://news.example/media/pixel-art-show.jpg'))).toBe(false);
  });

  it('in an RSS item: the first real picture of the body, past smileys and pixels', () => {
    const page = parseRss(
      `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.example/a</link>
      <description><![CDATA[<p>Hi <img class="wp-smiley" src="/wp-includes/images/smilies/icon_smile.gif">
      <img src="/icons/share.png" width="32" height="32"></p><p><img src="/media/real.jpg" width="800" height="450"></p><p>End</p>]]></description>
      </item></channel></rss>`,
      'https://news.example/feed.xml',
    );
    const [article] = page.articles;
    expect(article?.image?.src).toBe('https://news.example/media/real.jpg');
    // The smiley stays in its sentence; the lead is not repeated below itself.
    expect(article?.contentHtml).toContain('icon_smile.gif');
    expect(article?.contentHtml).not.toContain('real.jpg');
    expect(article?.contentHtml).toContain('<p>End</p>');
  });

  it('in a JSON Feed item: not a pixel by its address, nor an icon by its declared size', () => {
    const page = parseJsonFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: '1', url: '/a', title: 'A', image: 'https://stats.example/pixel.gif' },
          {
            id: '2',
            url: '/b',
            title: 'B',
            image: '/i.png',
            _reader: { image: { width: 48, height: 48 } },
          },
          { id: '3', url: '/c', title: 'C', image: '/harbour.jpg' },
        ],
      },
      'https://news.example/feed.json',
    );
    expect(page.articles.map((article) => article.image?.src ?? null)).toEqual([
      null,
      null,
      'https://news.example/harbour.jpg',
    ]);
  });

  it('in an RSS item: not a Media RSS thumbnail the size of an icon', () => {
    const page = parseRss(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><item><title>A</title>
      <link>https://news.example/a</link><media:thumbnail url="https://news.example/t.jpg" width="75" height="75"/>
      <description>&lt;p&gt;Text&lt;/p&gt;</description></item></channel></rss>`,
      'https://news.example/feed.xml',
    );
    expect(page.articles[0]?.image).toBeNull();
  });
});

/** A body sanitised for an article whose lead is /media/lead.jpg. */
const withLead = (html: string) =>
  sanitizeArticleBody(html, BASE, undefined, { lead: 'https://news.example/media/lead.jpg' }).html;

describe('the body’s copy of the lead', () => {
  it('is left out with what holds only it: its link, its figure and caption', () => {
    const html = withLead(
      '<figure><a href="/media/lead.jpg"><img src="/media/lead-1024x683.jpg"></a><figcaption>Quay</figcaption></figure><p>Text</p><p><img src="/media/other.jpg"></p>',
    );
    expect(html).toBe(
      '<p>Text</p><p><img src="https://news.example/media/other.jpg" loading="lazy" decoding="async" alt=""></p>',
    );
  });

  it('leaves the paragraph that has words beside the picture, and any other picture', () => {
    const html = withLead(
      '<p>Before <img src="/media/lead.jpg"> after</p><p><img src="/media/lead-2.jpg"></p>',
    );
    expect(html).toBe(
      '<p>Before  after</p><p><img src="https://news.example/media/lead-2.jpg" loading="lazy" decoding="async" alt=""></p>',
    );
  });

  it('is matched across WordPress’s sized copies and a CDN’s size query, not across pictures', () => {
    expect(pictureKey('https://w.example/u/2026/11/quay-1024x683.jpg')).toBe(
      pictureKey('https://w.example/u/2026/11/quay.jpg?w=1200'),
    );
    expect(pictureKey('https://w.example/u/quay-scaled.jpg')).toBe(
      pictureKey('https://w.example/u/quay.jpg'),
    );
    expect(pictureKey('https://w.example/image?id=1')).not.toBe(
      pictureKey('https://w.example/image?id=2'),
    );
  });
});
