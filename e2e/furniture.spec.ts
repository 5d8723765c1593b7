import type { Page } from '@playwright/test';
import { articles, expect, scrollUntilArticles, test } from './support/fixtures';
import { sampleItem, sampleItems } from './support/sample-feed';

const withGallery = sampleItems().findIndex((item) => (item._reader?.gallery?.length ?? 0) >= 3);
const withoutGallery = sampleItems().findIndex(
  (item, index, all) => !item._reader?.gallery?.length && !all[index + 1]?._reader?.gallery?.length,
);

function galleryOf(page: Page) {
  return articles(page)
    .first()
    .getByRole('region', { name: /^Pictures:/ });
}

test.describe('gallery', () => {
  test('Next changes the caption and wraps from the last slide to the first', async ({ page }) => {
    const item = sampleItem(withGallery);
    const slides = (item._reader?.gallery ?? []) as { caption: string }[];
    await page.goto(item.url);
    const gallery = galleryOf(page);
    await gallery.scrollIntoViewIfNeeded();
    const visibleCaption = gallery.locator('.swiper-slide-active figcaption');
    await expect(visibleCaption).toContainText(slides[0]?.caption ?? '');
    await expect(gallery.getByText(`1 / ${slides.length}`)).toBeVisible();
    const next = gallery.getByRole('button', { name: 'Next slide' });
    await next.click();
    await expect(visibleCaption).toContainText(slides[1]?.caption ?? '');
    await expect(gallery.getByText(`2 / ${slides.length}`)).toBeVisible();
    for (let i = 2; i < slides.length; i += 1) {
      await next.click();
      await expect(gallery.getByText(`${i + 1} / ${slides.length}`)).toBeVisible();
    }
    await expect(visibleCaption).toContainText(slides.at(-1)?.caption ?? '');
    await next.click();
    await expect(visibleCaption).toContainText(slides[0]?.caption ?? '');
    await expect(gallery.getByText(`1 / ${slides.length}`)).toBeVisible();
    await gallery.getByRole('button', { name: 'Previous slide' }).click();
    await expect(visibleCaption).toContainText(slides.at(-1)?.caption ?? '');
  });

  test('no carousel code is requested on an article page without a gallery', async ({ page }) => {
    // Carousel code that arrives while no carousel is on the page (an article further down
    // may bring one in time; that is its own code, not this page's).
    await page.addInitScript(() => {
      const unasked: string[] = [];
      Object.assign(window, { unaskedCarouselCode: unasked });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const carousel = document.querySelector('.ar-gallery[aria-roledescription]');
          if (/gallery/.test(entry.name) && !carousel) unasked.push(entry.name);
        }
      }).observe({ type: 'resource', buffered: true });
    });
    await page.goto(sampleItem(withoutGallery).url);
    await expect(articles(page).first()).toBeVisible();
    await page.waitForTimeout(500);
    const unasked = () =>
      page.evaluate(
        () => (window as unknown as { unaskedCarouselCode: string[] }).unaskedCarouselCode,
      );
    expect(await unasked()).toEqual([]);
  });
});

test.describe('summary and Read more', () => {
  test('an appended article opens as a summary; Read more shows the body, focuses it and goes away', async ({
    page,
  }) => {
    await page.goto('/');
    await scrollUntilArticles(page, 2);
    const second = articles(page).nth(1);
    const readMore = second.getByRole('button', { name: 'Read more' });
    await expect(readMore).toHaveAttribute('aria-expanded', 'false');
    await readMore.scrollIntoViewIfNeeded();
    const headingBefore = await second.getByRole('heading', { level: 2 }).first().boundingBox();
    await readMore.click();
    await expect(second.getByRole('button', { name: 'Read more' })).toHaveCount(0);
    const body = second.locator('.ar-body');
    await expect(body).toBeFocused();
    expect((await body.innerText()).split(/\s+/).length).toBeGreaterThan(300);
    // Nothing above the reader's eye moved.
    const headingAfter = await second.getByRole('heading', { level: 2 }).first().boundingBox();
    expect(headingAfter?.y).toBe(headingBefore?.y);
  });

  test('the first article opens whole', async ({ page }) => {
    await page.goto('/');
    await expect(articles(page).first().getByRole('button', { name: 'Read more' })).toHaveCount(0);
  });
});

test.describe('ad slots', () => {
  test('each slot has its height before it is filled, and the hook and event receive it', async ({
    page,
    openHostPage,
  }) => {
    await openHostPage(sampleItem(0).url, {
      headScript: `window.slots = []; window.events = [];
        document.addEventListener('article-reader:adslot', (e) => window.events.push({ position: e.detail.position, url: e.detail.article.url }));`,
      mountOptions: `{ feedUrl: '/feed.json', adEvery: 2, onAdSlot(element, info) {
        window.slots.push({ height: element.getBoundingClientRect().height, label: element.textContent, position: info.position, url: info.article.url, isSlot: element.hasAttribute('data-ad-slot') });
      } }`,
    });
    await scrollUntilArticles(page, 4);
    const slots = page.locator('[data-ad-slot]');
    await expect(slots).toHaveCount(2);
    await expect(slots.first().getByText('Advertisement')).toBeVisible();
    const got = await page.evaluate(() => {
      const w = window as unknown as { slots: unknown[]; events: unknown[] };
      return { slots: w.slots, events: w.events };
    });
    const origin = new URL(page.url()).origin;
    expect(got.slots).toEqual([
      {
        height: expect.any(Number) as unknown,
        label: 'Advertisement',
        position: 1,
        url: origin + sampleItem(1).url,
        isSlot: true,
      },
      {
        height: expect.any(Number) as unknown,
        label: 'Advertisement',
        position: 2,
        url: origin + sampleItem(3).url,
        isSlot: true,
      },
    ]);
    for (const slot of got.slots as { height: number }[])
      expect(slot.height).toBeGreaterThanOrEqual(250);
    expect(got.events).toEqual([
      { position: 1, url: origin + sampleItem(1).url },
      { position: 2, url: origin + sampleItem(3).url },
    ]);
    // Slots sit in the feed, between articles.
    await expect(page.getByRole('feed').locator('[data-ad-slot]')).toHaveCount(2);
  });

  test('adEvery=0 shows none', async ({ page, openHostPage }) => {
    await openHostPage(sampleItem(0).url, { data: { 'ad-every': '0' } });
    await scrollUntilArticles(page, 3);
    await expect(page.locator('[data-ad-slot]')).toHaveCount(0);
  });
});

test.describe('most popular', () => {
  test('links to the publisher’s most read articles', async ({ page }) => {
    await page.goto('/');
    const popular = page.getByRole('region', { name: 'Most popular' });
    await expect(popular.getByRole('link')).toHaveCount(5);
    const first = popular.getByRole('link').first();
    await expect(first).toHaveAttribute('href', /\/\d{4}\/\d{2}\/\d{2}\//);
    const title = await first.innerText();
    await first.click();
    await expect(articles(page).first().getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('is absent without popularUrl, and outside the feed', async ({ page, openHostPage }) => {
    await openHostPage(sampleItem(0).url);
    await expect(articles(page).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Most popular' })).toHaveCount(0);
  });
});

test.describe('newsletter signup', () => {
  async function open(page: Page, openHostPage: (path: string, options?: object) => Promise<void>) {
    await openHostPage(sampleItem(0).url, { data: { 'newsletter-url': '/api/test-signup' } });
    await expect(page.getByText('Sign up by email to receive news.')).toBeVisible();
  }

  test('checks the address before sending', async ({ page, openHostPage }) => {
    let requests = 0;
    await page.route('**/api/test-signup', (route) => {
      requests += 1;
      return route.fulfill({ status: 201, body: '{}' });
    });
    await open(page, openHostPage);
    await page.getByLabel('Email').fill('not-an-address');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Enter an email address/);
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toBe(0);
  });

  test('sends once, shows that it is sending, then thanks the reader', async ({
    page,
    openHostPage,
  }) => {
    const bodies: unknown[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/test-signup', async (route) => {
      bodies.push(route.request().postDataJSON());
      await held;
      await route.fulfill({ status: 201, contentType: 'application/json', body: '{"ok":true}' });
    });
    await open(page, openHostPage);
    await page.getByLabel('Email').fill('reader@example.org');
    const button = page.getByRole('button', { name: 'Sign up' });
    await button.click();
    await expect(button).toBeDisabled();
    await expect(page.getByRole('status').filter({ hasText: 'Signing you up' })).toBeVisible();
    await page.getByLabel('Email').press('Enter');
    release();
    await expect(page.getByText(/Thank you/)).toBeVisible();
    expect(bodies).toEqual([{ email: 'reader@example.org' }]);
  });

  test('keeps the typed address when signup fails, and a retry works', async ({
    page,
    openHostPage,
  }) => {
    let attempt = 0;
    await page.route('**/api/test-signup', (route) => {
      attempt += 1;
      return route.fulfill({ status: attempt === 1 ? 503 : 201, body: '{}' });
    });
    await open(page, openHostPage);
    await page.getByLabel('Email').fill('reader@example.org');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('alert')).toHaveText(/could not sign you up/);
    await expect(page.getByLabel('Email')).toHaveValue('reader@example.org');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByText(/Thank you/)).toBeVisible();
    expect(attempt).toBe(2);
  });

  test('the standalone app’s own endpoint accepts a real address and refuses a bad one', async ({
    request,
  }) => {
    // A new address each run: the endpoint stores an address once (the same one again is 200).
    const email = `someone+${Date.now()}@example.org`;
    const good = await request.post('/api/newsletter', { data: { email } });
    expect(good.status()).toBe(201);
    expect((await request.post('/api/newsletter', { data: { email } })).status()).toBe(200);
    const bad = await request.post('/api/newsletter', { data: { email: 'nope' } });
    expect(bad.status()).toBe(422);
  });
});
