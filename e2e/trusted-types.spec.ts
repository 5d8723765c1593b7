import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { hostPageHtml } from './support/host-page';
import { SANITISERS, useSanitiser } from './support/sanitisers';

// The strict page of contract section 9, as a publisher would send it (README, “Strict
// pages”): only same-origin scripts, and HTML into the DOM only through Trusted Types.
const STRICT_CSP =
  "script-src 'self'; require-trusted-types-for 'script'; trusted-types article-reader dompurify";

test.describe('a strict Trusted Types page', () => {
  for (const sanitiser of SANITISERS) {
    test(`reads three articles, opens Read more and turns a gallery with no violation (${sanitiser} sanitiser)`, async ({
      page,
      consoleMessages,
    }) => {
      const usedDomPurify = await useSanitiser(page, sanitiser);
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      // Init scripts run before the page's own, whatever its CSP says.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { violations: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
        });
      });
      // The host page, with no inline script of its own (script-src 'self' would refuse it).
      const html = hostPageHtml().replace('<script></script>', '');
      await page.route('**/strict-host', (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': STRICT_CSP },
          body: html,
        }),
      );
      await page.goto('/strict-host');

      const first = articles(page).first();
      await expect(first.locator('.ar-body p').first()).toBeVisible({ timeout: 15_000 });
      const carousel = first.getByRole('region', { name: /^Pictures:/ });
      await carousel.scrollIntoViewIfNeeded();
      const counter = carousel.getByText(/^1 \/ \d+$/);
      await expect(counter).toBeVisible();
      await carousel.getByRole('button', { name: 'Next slide' }).click();
      await expect(carousel.getByText(/^2 \/ \d+$/)).toBeVisible();
      // A swipe, as a finger would: Swiper's own pointer handling. It starts once the slide
      // the button moved to has settled: a looping carousel rearranges its slides when a
      // transition ends, and a drag begun mid-transition (a loaded machine) can be lost to it.
      const swiper = carousel.locator('.ar-gallery__swiper');
      await expect
        .poll(() =>
          swiper.evaluate((el) => (el as { swiper?: { animating: boolean } }).swiper?.animating),
        )
        .toBe(false);
      const box = await swiper.boundingBox();
      if (!box) throw new Error('the carousel has no box');
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.8, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
      await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
      await page.mouse.up();
      await expect(carousel.getByText(/^3 \/ \d+$/)).toBeVisible();
      await swiper.focus();
      await page.keyboard.press('ArrowRight');

      await scrollUntilArticles(page, 3);
      const second = articles(page).nth(1);
      await second.getByRole('button', { name: 'Read more' }).click();
      await expect(second.getByRole('button', { name: 'Read more' })).toHaveCount(0);
      await expect(second.locator('.ar-body p').nth(1)).toBeVisible();
      await expect(articles(page).nth(2).getByRole('heading', { level: 2 })).toBeVisible();

      expect(
        await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      ).toEqual([]);
      expect(problems).toEqual([]);
      expect(consoleMessages.filter((message) => message.startsWith('error'))).toEqual([]);
      expect(usedDomPurify()).toBe(sanitiser === 'DOMPurify');
    });
  }
});
