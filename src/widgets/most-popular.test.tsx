import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MostPopular } from './most-popular';

const items = Array.from({ length: 7 }, (_, index) => ({
  id: `p${index + 1}`,
  url: `/news/popular-${index + 1}`,
  title: `Popular ${index + 1}`,
  content_html: '<p>Body</p>',
}));

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderList(currentUrl: string | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(
        new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }), {
          headers: { 'Content-Type': 'application/feed+json' },
        }),
      ),
    ),
  );
  return render(<MostPopular url="/popular.json" currentUrl={currentUrl} />);
}

describe('most popular', () => {
  it('leaves out the article being read and still shows five', async () => {
    renderList(new URL('/news/popular-2', document.baseURI).href);
    const region = await screen.findByRole('region', { name: 'Most popular' });
    await within(region).findByRole('link', { name: 'Popular 1' });
    const names = within(region)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Popular 1', 'Popular 3', 'Popular 4', 'Popular 5', 'Popular 6']);
  });

  it('shows the first five while no article is current', async () => {
    renderList(null);
    const region = await screen.findByRole('region', { name: 'Most popular' });
    await within(region).findByRole('link', { name: 'Popular 1' });
    expect(within(region).getAllByRole('link')).toHaveLength(5);
    expect(within(region).getByRole('link', { name: 'Popular 2' })).toBeInTheDocument();
  });
});
