import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testArticle } from '../test/article-fixture';
import { FeedArticle } from './feed-article';

const article = testArticle('a', {
  link: '/world/2026/11/25/a',
  title: 'Ferries return to the Old Quay',
  summary: 'The crossings are back on their winter timetable.',
  contentHtml: '<p>First paragraph of the body.</p><p>Second paragraph.</p>',
  authors: ['Mara Okonjo'],
  tags: ['World news'],
});

const props = {
  article,
  position: 4,
  setSize: -1,
  titleId: 'title-4',
  next: { id: 'b', link: '/world/b', title: 'The next one' },
  collapsed: true,
  tagUrl: '/topics/{slug}/',
  nextLabel: 'Next article',
  sleepHeight: null,
  measure: () => undefined,
  opened: false,
  onOpened: () => {},
  adPosition: null,
  onAdSlot: null,
  adLabel: 'Advertisement',
};

describe('an article of the feed', () => {
  it('carries its URL, its place in the feed and its language, named by its title', () => {
    render(<FeedArticle {...props} article={{ ...article, language: 'ar-EG' }} />);
    const region = screen.getByRole('article', { name: article.title });
    expect(region).toHaveAttribute('aria-posinset', '4');
    expect(region).toHaveAttribute('aria-setsize', '-1');
    expect(region).toHaveAttribute('data-url', '/world/2026/11/25/a');
    expect(region).toHaveAttribute('lang', 'ar-EG');
    expect(region).toHaveAttribute('dir', 'rtl');
  });

  it('asleep, keeps only its title, its summary and the next link, at the height it had', () => {
    const { container } = render(<FeedArticle {...props} sleepHeight={1234} />);
    const region = screen.getByRole('article', { name: article.title });
    expect(region).toHaveStyle({ height: '1234px' });
    expect(region).toHaveAttribute('aria-posinset', '4');
    expect(screen.getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    // Plain text, so find-in-page still finds it.
    expect(region).toHaveTextContent(article.summary ?? '');
    expect(screen.getByRole('link', { name: 'Next article The next one' })).toHaveAttribute(
      'href',
      '/world/b',
    );
    expect(screen.queryByRole('button', { name: 'Read more' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'World news' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^By /)).not.toBeInTheDocument();
    // Its heading and title, the summary and the link: nothing else.
    const walker = document.createTreeWalker(region);
    let nodes = 0;
    while (walker.nextNode()) nodes += 1;
    expect(nodes).toBe(4);
    expect(container.querySelectorAll('article')).toHaveLength(1);
  });

  it('stays the same element while it sleeps and wakes, and wakes with what was opened', async () => {
    const user = userEvent.setup();
    const onOpened = vi.fn();
    const { rerender } = render(<FeedArticle {...props} onOpened={onOpened} />);
    const awake = screen.getByRole('article', { name: article.title });
    await user.click(screen.getByRole('button', { name: 'Read more' }));
    expect(onOpened).toHaveBeenCalledWith(article);

    rerender(<FeedArticle {...props} sleepHeight={900} opened />);
    expect(screen.queryByText('Second paragraph.')).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: article.title })).toBe(awake);

    rerender(<FeedArticle {...props} opened />);
    expect(screen.getByRole('article', { name: article.title })).toBe(awake);
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read more' })).not.toBeInTheDocument();
  });
});
