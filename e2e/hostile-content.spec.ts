import { existsSync, readFileSync } from 'node:fs';
import { articles, expect, test } from './support/fixtures';
import { SANITISERS, useSanitiser } from './support/sanitisers';
import { describeShared, sharedPath } from './support/shared';

// DOMPurify's own test vectors, read where they are (../shared); never copied into the project.
const VECTORS = sharedPath('xss-vectors/dompurify-vectors.json');
const vectors = existsSync(VECTORS)
  ? (JSON.parse(readFileSync(VECTORS, 'utf8')) as { title: string; payload: string }[])
  : [];
const PAGE_SIZE = 25;

/** Every way a payload could announce that it ran. */
const TRIPWIRES = `
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { window.__ran.push(name + ':' + String(args[0])); };
  }
  addEventListener('securitypolicyviolation', (event) => {
    window.__ran.push('csp:' + event.violatedDirective + ':' + event.blockedURI);
  });
`;

describeShared('hostile article HTML', 'xss-vectors/dompurify-vectors.json', () => {
  for (const sanitiser of SANITISERS) {
    test(`none of DOMPurify’s 223 vectors runs script in a real browser (${sanitiser} sanitiser)`, async ({
      page,
      openHostPage,
    }) => {
      test.setTimeout(120_000);
      const usedDomPurify = await useSanitiser(page, sanitiser);
      await page.route('**/xss/feed-*.json', (route) => {
        const n = Number(/feed-(\d+)\.json/.exec(route.request().url())?.[1] ?? '1');
        const slice = vectors.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
        const more = n * PAGE_SIZE < vectors.length;
        return route.fulfill({
          json: {
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Hostile',
            next_url: more ? `feed-${n + 1}.json` : undefined,
            items: slice.map((vector, i) => ({
              id: `v${(n - 1) * PAGE_SIZE + i}`,
              url: `/xss/item-${(n - 1) * PAGE_SIZE + i}`,
              title: `Vector ${(n - 1) * PAGE_SIZE + i}`,
              summary: vector.payload,
              content_html: vector.payload,
              tags: vector.payload,
            })),
          },
        });
      });
      await openHostPage('/xss/landing', {
        headScript: TRIPWIRES,
        data: {
          'feed-url': '/xss/feed-1.json',
          'max-articles': String(vectors.length),
          collapse: 'none',
          'ad-every': '0',
        },
      });
      // Scroll to the end: every vector is put on the page.
      for (let i = 0; i < 400; i += 1) {
        if ((await page.getByRole('heading', { name: 'You’re all caught up' }).count()) > 0) break;
        await page.keyboard.press('End');
        await page.waitForTimeout(30);
      }
      await expect(articles(page)).toHaveCount(vectors.length);
      await page.waitForTimeout(500);
      const found = await page.evaluate(() => {
        const feed = document.querySelector('[role="feed"]');
        const problems: string[] = [...(window as unknown as { __ran: string[] }).__ran];
        for (const element of feed?.querySelectorAll('*') ?? []) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) problems.push(`${element.tagName}[${attribute.name}]`);
            const urlAttribute =
              /^(href|src|srcset|action|formaction|poster|cite|background|data|xlink:href)$/i;
            if (
              urlAttribute.test(attribute.name) &&
              /^\s*(javascript|vbscript|data:text\/html)/i.test(attribute.value)
            ) {
              problems.push(
                `${element.tagName}[${attribute.name}=${attribute.value.slice(0, 30)}]`,
              );
            }
          }
          if (/^(SCRIPT|FORM|INPUT|OBJECT|EMBED|STYLE|BASE|META|LINK)$/.test(element.tagName))
            problems.push(element.tagName);
          if (element.tagName === 'IFRAME' && !element.hasAttribute('sandbox'))
            problems.push('IFRAME without sandbox');
        }
        return problems;
      });
      expect(found).toEqual([]);
      expect(usedDomPurify()).toBe(sanitiser === 'DOMPurify');
    });
  }
});
