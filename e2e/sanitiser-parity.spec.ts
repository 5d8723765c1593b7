import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hostPageHtml, type HostPageOptions } from './support/host-page';
import { useSanitiser, type Sanitiser } from './support/sanitisers';
import { sharedPath } from './support/shared';

/*
 * The browser's HTML Sanitizer API and DOMPurify must give readers the same article: the same
 * body HTML, element for element, on bodies written to find the differences between the two
 * (what each keeps of an element it does not allow, embeds, ids) and on real publishers'
 * bodies (../shared, when it is there; the hostile vectors are hostile-content.spec.ts's).
 */
const EDGES = [
  '<p>Kept <custom-card>text of an unknown element</custom-card> and <o:p>Word’s</o:p>.</p>',
  '<section><header><h1>Sub</h1></header><p>Sections give way to their content.</p></section>',
  '<p>A <font color="red">font</font>, <big>big</big>, <ins>ins</ins> and <del>del</del>.</p>',
  '<form action="/x"><p>Text of a form <button>and its button</button></p><textarea>typed</textarea></form>',
  '<p>Gone with their content:</p><svg><text>svg</text></svg><math><mi>x</mi></math><noscript><p>ns</p></noscript><template><p>t</p></template><style>p{}</style><script>1</script>',
  '<p><a href="#notes">to the notes</a> <a href="#cookie">to a clobbering id</a></p><p id="notes">Notes</p><p id="cookie">C</p>',
  '<iframe src="https://www.youtube.com/embed/abc" title="A film" width="560" height="315" allowfullscreen></iframe><iframe src="https://tracker.example/w"></iframe><iframe src="http://player.vimeo.com/video/1"></iframe>',
  '<video src="https://media.example/a.mp4" autoplay poster="/p.jpg"><source src="/b.webm" type="video/webm"><track kind="captions" src="/c.vtt" srclang="en" label="English"></video>',
  '<p onclick="x()" style="color:red" data-x="1" aria-label="l" class="c">Attributes</p><img src="/a.jpg" srcset="/a.jpg 1x, /a2.jpg 2x" alt="A" onerror="x()"><a href="javascript:alert(1)">js</a><a href="/rel" target="_blank">blank</a>',
  '<table><caption>T</caption><colgroup><col span="2"></colgroup><thead><tr><th id="h">H</th></tr></thead><tbody><tr><td headers="h">d</td></tr></tbody></table>',
  '<p title="a</style><img src=x onerror=alert(1)>">Closing tags</p><img alt="--><b>x</b>" src="/a.jpg"><p class="]]>">in attributes</p>',
  '<!-- a comment --><p>After a comment</p><p><![CDATA[ cdata ]]></p><div><div><blockquote cite="/q"><p>Nested</p></blockquote></div></div>',
];

/** Up to `perFeed` bodies of each real-world JSON Feed in ../shared. */
function realBodies(perFeed: number): string[] {
  const folder = sharedPath('real-world-feeds/jsonfeed');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    try {
      const feed = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
        items?: { content_html?: unknown }[];
      };
      return (feed.items ?? [])
        .map((item) => item.content_html)
        .filter((html): html is string => typeof html === 'string' && html.trim() !== '')
        .slice(0, perFeed);
    } catch {
      return []; // The truncated, invalid one.
    }
  });
}

const bodies = [...EDGES, ...realBodies(6)];
const PAGE_SIZE = 20;

/** Every article's body HTML, by title, as `sanitiser` made it. */
async function renderedBodies(page: Page, sanitiser: Sanitiser): Promise<Record<string, string>> {
  const usedDomPurify = await useSanitiser(page, sanitiser);
  await page.route('**/parity/feed-*.json', (route) => {
    const n = Number(/feed-(\d+)\.json/.exec(route.request().url())?.[1] ?? '1');
    const slice = bodies.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
    return route.fulfill({
      json: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Parity',
        next_url: n * PAGE_SIZE < bodies.length ? `feed-${n + 1}.json` : undefined,
        items: slice.map((html, i) => ({
          id: `b${(n - 1) * PAGE_SIZE + i}`,
          url: `/parity/item-${(n - 1) * PAGE_SIZE + i}`,
          title: `Body ${(n - 1) * PAGE_SIZE + i}`,
          content_html: html,
        })),
      },
    });
  });
  const options: HostPageOptions = {
    data: {
      'feed-url': '/parity/feed-1.json',
      'max-articles': String(bodies.length),
      collapse: 'none',
      'ad-every': '0',
    },
  };
  await page.route('**/parity/landing', (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPageHtml(options) }),
  );
  await page.goto('/parity/landing');
  await expect(page.locator('[role="feed"] article').first()).toBeVisible({ timeout: 15_000 });
  // Read as it scrolls, a screen at a time: articles far above sleep, keeping only their heading.
  const seen: Record<string, string> = {};
  for (let i = 0; i < 1500 && Object.keys(seen).length < bodies.length; i += 1) {
    const shown = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return Array.from(document.querySelectorAll('[role="feed"] article')).flatMap((article) => {
        const title = article.querySelector('h1, h2')?.textContent ?? '';
        const body = article.querySelector('.ar-body');
        return body ? [[title, body.innerHTML] as const] : [];
      });
    });
    for (const [title, html] of shown) seen[title] ??= html;
    await page.waitForTimeout(20);
  }
  expect(usedDomPurify()).toBe(sanitiser === 'DOMPurify');
  return seen;
}

test('the browser’s sanitiser and DOMPurify give readers the same bodies', async ({ context }) => {
  test.setTimeout(120_000);
  const native = await renderedBodies(await context.newPage(), 'native');
  const domPurify = await renderedBodies(await context.newPage(), 'DOMPurify');
  expect(Object.keys(native)).toHaveLength(bodies.length);
  expect(Object.keys(domPurify)).toHaveLength(bodies.length);
  expect(native).toEqual(domPurify);
});
