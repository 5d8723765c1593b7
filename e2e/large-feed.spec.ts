import { articles, expect, scrollUntilArticles, test } from './support/fixtures';

// A feed page of 5,000 items, made up here: bodies are sanitised as they are about to be
// shown, so the first article does not wait for the other 4,999 (docs/decisions/0066).
const COUNT = 5000;
const PLACES = ['Saltgate', 'Vennholm', 'Inchmarr', 'Brannock', 'Vell'];

function bigFeed(): string {
  const items = Array.from({ length: COUNT }, (_, index) => {
    const place = PLACES[index % PLACES.length] ?? 'Vell';
    return {
      id: `dispatch-${index + 1}`,
      url: `/dispatches/${index + 1}`,
      title: `Dispatch ${index + 1} from ${place}`,
      date_published: '2026-11-30T08:00:00Z',
      content_html:
        `<h1>From the ${place} desk</h1><p>Tide tables for ${place} were posted at dawn, item ${index + 1}.</p>` +
        `<p>The harbour office said the ferries would run <a href="#note-${index}">as usual</a>.</p>` +
        `<p id="note-${index}">Timetables can change at short notice.</p>`,
    };
  });
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Dispatches',
    items,
  });
}

test('a 5,000-item feed page shows its first article, and the reader goes on to the second', async ({
  page,
  openHostPage,
}) => {
  const body = bigFeed();
  await page.route('**/big-feed.json', (route) =>
    route.fulfill({ contentType: 'application/feed+json', body }),
  );
  await openHostPage('/big-host', { data: { 'feed-url': '/big-feed.json' } });

  const first = articles(page).first();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Dispatch 1 from Saltgate', {
    timeout: 15_000,
  });
  await expect(
    first.getByText('Tide tables for Saltgate were posted at dawn, item 1.'),
  ).toBeVisible();
  // The body's own heading sits one level below the article's title (the page's h1).
  await expect(
    first.getByRole('heading', { level: 2, name: 'From the Saltgate desk' }),
  ).toBeVisible();

  await scrollUntilArticles(page, 2);
  await expect(articles(page).nth(1).getByRole('heading', { level: 2 })).toHaveText(
    'Dispatch 2 from Vennholm',
  );
});
