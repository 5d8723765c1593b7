import type { Page } from '@playwright/test';
import { articles, expect, scrollUntilArticles } from './fixtures';
import { sampleItem } from './sample-feed';

/**
 * Reads the sample feed until its next page fails after the fourth article (the caller's
 * route makes it fail), checks the alert and that the four articles stay, then `heal`s the
 * route, presses Try again and checks the reader reads on to the fifth article.
 */
export async function failAfterFourThenTryAgain(
  page: Page,
  { alert, heal }: { alert: string | null; heal: () => void },
): Promise<void> {
  await page.goto('/');
  await scrollUntilArticles(page, 4);
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 1500);
  if (alert === null) await expect(page.getByRole('alert')).toBeVisible();
  else await expect(page.getByRole('alert')).toContainText(alert);
  await expect(articles(page)).toHaveCount(4);
  heal();
  await page.getByRole('button', { name: 'Try again' }).click();
  await scrollUntilArticles(page, 6);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(articles(page).nth(4)).toHaveAttribute(
    'data-url',
    new RegExp(`${sampleItem(4).url}$`),
  );
}
