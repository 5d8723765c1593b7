import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articles, expect, test } from './support/fixtures';

// The element rules of a careless or hostile publisher stylesheet (README, “Theming”).
const HOSTILE_CSS = `
  * { box-sizing: content-box; }
  p { color: red; margin: 3em; font: 30px "Comic Sans MS", cursive; }
  a { color: yellow; text-decoration: none; font-weight: 100; }
  img { border: 5px solid red; padding: 10px; width: 50px; }
  h1, h2, h3 { color: magenta; font: italic 60px serif; margin: 2em; }
  button, input { background: yellow; color: yellow; border: 4px dotted red; font-size: 40px; }
  ul, li { list-style: square; margin: 40px; padding: 20px; }
  figure { margin: 80px; border: 2px solid red; }
  time { color: red; font-size: 8px; }
`;

const styleScript = (css: string) =>
  `document.head.append(Object.assign(document.createElement('style'), { textContent: ${JSON.stringify(css)} }));`;

/** What a reader sees of the first article: colours, fonts, boxes. */
async function looks(page: Page) {
  const first = articles(page).first();
  await expect(first.locator('.ar-body p').first()).toBeVisible({ timeout: 15_000 });
  return first.evaluate((article) => {
    const pick = (selector: string) => {
      const element = article.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        color: style.color,
        font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize}/${style.lineHeight} ${style.fontFamily}`,
        margin: style.margin,
        padding: style.padding,
        border: style.borderTopWidth,
        boxSizing: style.boxSizing,
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    };
    return {
      title: pick('h1, h2'),
      paragraph: pick('.ar-body p'),
      time: pick('time'),
      leadImage: pick('.ar-figure__img'),
      figure: pick('figure'),
      tag: pick('.ar-tags__link'),
      tagItem: pick('.ar-tags__list li'),
    };
  });
}

test.describe('isolation from the host page', () => {
  test('a hostile host stylesheet leaves text colour, fonts, image borders and box sizes as on a plain page', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/plain-host');
    const plain = await looks(page);
    expect(plain.leadImage).not.toBeNull();
    await openHostPage('/hostile-host', { headScript: styleScript(HOSTILE_CSS) });
    // The host's rules do apply to its own page...
    await expect(page.locator('footer p')).toHaveCSS('color', 'rgb(255, 0, 0)');
    // ...and to nothing inside the reader.
    expect(await looks(page)).toEqual(plain);
  });

  test('axe finds no violation in the reader on the hostile page', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/hostile-host', { headScript: styleScript(HOSTILE_CSS) });
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page })
      .include('[data-article-reader]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test('keyboard focus stays visible on a host page that takes outlines away', async ({
    page,
    openHostPage,
  }) => {
    const noOutlines = ':focus, :focus-visible { outline: none !important; }';
    await openHostPage('/no-outline-host', {
      headScript: styleScript(HOSTILE_CSS + noOutlines),
      data: { collapse: 'all', 'newsletter-url': '/api/newsletter' },
    });
    await expect(articles(page).first()).toBeVisible({ timeout: 15_000 });
    const ring = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement ?? document.body);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
    await page.keyboard.press('Tab');
    await expect(articles(page).first()).toBeFocused();
    expect(await ring()).toBe('solid 3px');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Read more' }).first()).toBeFocused();
    expect(await ring()).toBe('solid 3px');
    await page.getByLabel('Email').focus();
    expect(await ring()).toBe('solid 3px');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Sign up' })).toBeFocused();
    expect(await ring()).toBe('solid 3px');
  });

  test('a custom property on the mount element changes the accent colour', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/themed-host', {
      headScript: styleScript('[data-article-reader] { --ar-color-accent: rgb(0, 90, 40); }'),
      data: { 'max-articles': '1' },
    });
    const section = articles(page).first().locator('.ar-article__section');
    await expect(section).toHaveCSS('color', 'rgb(0, 90, 40)', { timeout: 15_000 });
    // Links take it too: the end block's links onward.
    const end = page.getByRole('heading', { name: 'You’re all caught up' });
    await end.scrollIntoViewIfNeeded();
    const onward = page.locator('.ar-end__links a').first();
    await expect(onward).toHaveCSS('color', 'rgb(0, 90, 40)');
  });

  test('the interface face set on the mount element reaches the byline, labels and buttons', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage('/themed-ui-host', {
      headScript: styleScript('[data-article-reader] { --ar-font-ui: "Courier New", monospace; }'),
      data: { 'max-articles': '1' },
    });
    const article = articles(page).first();
    const parts = [
      article.locator('.ar-byline'),
      article.locator('.ar-article__section'),
      article.getByRole('button', { name: 'Next slide' }),
    ];
    for (const part of parts) {
      await expect(part).toHaveCSS('font-family', '"Courier New", monospace', { timeout: 15_000 });
    }
  });
});
