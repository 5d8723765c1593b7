import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../content/article';
import { ArticleView, type ArticleViewProps } from './article-view';

const article: Article = {
  id: 'a',
  url: 'https://news.example/world/2026/11/25/a',
  link: '/world/2026/11/25/a',
  title: 'Ferries return to the Old Quay',
  summary: 'The crossings are back on their winter timetable.',
  contentHtml: '<p>First paragraph of the body.</p><p>Second paragraph.</p>',
  published: '2026-11-25T07:40:00.000Z',
  modified: null,
  authors: ['Mara Okonjo', 'Tiv Laskaris'],
  tags: ['Harbour', 'World news'],
  section: 'Local',
  image: null,
  gallery: [],
  language: null,
};

function renderView(overrides: Partial<ArticleViewProps> = {}) {
  return render(
    <ArticleView
      article={article}
      position={2}
      setSize={-1}
      headingLevel={2}
      collapsed={false}
      tagUrl="/topics/{slug}/"
      next={{ id: 'b', link: '/world/b', title: 'The next one' }}
      sleepHeight={null}
      {...overrides}
    />,
  );
}

describe('article view', () => {
  it('names the article by its title and shows byline, time, body and tags', () => {
    renderView();
    const region = screen.getByRole('article', { name: article.title });
    expect(region).toHaveAttribute('aria-posinset', '2');
    expect(region).toHaveAttribute('aria-setsize', '-1');
    expect(region).toHaveAttribute('data-url', '/world/2026/11/25/a');
    expect(screen.getByText('By Mara Okonjo and Tiv Laskaris')).toBeInTheDocument();
    expect(region.querySelector('time')).toHaveAttribute('datetime', article.published);
    expect(screen.getByText('First paragraph of the body.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'World news' })).toHaveAttribute(
      'href',
      '/topics/world-news/',
    );
    expect(screen.getByRole('link', { name: /Next article/ })).toHaveAttribute('href', '/world/b');
  });

  it('opens collapsed as its summary; Read more shows the body and goes away', async () => {
    const user = userEvent.setup();
    renderView({ collapsed: true });
    expect(screen.getByText(article.summary ?? '')).toBeInTheDocument();
    expect(screen.queryByText('Second paragraph.')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Read more' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read more' })).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByText('Second paragraph.').parentElement).toHaveFocus(),
    );
  });
});

describe('article language', () => {
  it('sets lang and dir from the feed’s language and writes its dates in it', () => {
    renderView({ article: { ...article, language: 'ar-EG' } });
    const region = screen.getByRole('article', { name: article.title });
    expect(region).toHaveAttribute('lang', 'ar-EG');
    expect(region).toHaveAttribute('dir', 'rtl');
    const expected = new Intl.DateTimeFormat('ar-EG', { dateStyle: 'medium', timeStyle: 'short' });
    expect(region.querySelector('time')).toHaveTextContent(
      expected.format(new Date(article.published ?? '')),
    );
  });
});

describe('a sleeping article', () => {
  it('keeps only its title, its summary and the next link, at the height it had', () => {
    const { container } = renderView({ sleepHeight: 1234 });
    const region = screen.getByRole('article', { name: article.title });
    expect(region).toHaveStyle({ height: '1234px' });
    expect(screen.getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    // Plain text, so find-in-page still finds it.
    expect(region).toHaveTextContent(article.summary ?? '');
    expect(screen.getByRole('link', { name: 'Next article The next one' })).toHaveAttribute(
      'href',
      '/world/b',
    );
    expect(screen.queryByText('First paragraph of the body.')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'World news' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^By /)).not.toBeInTheDocument();
    // The article element, its heading and title, the summary and the link: nothing else.
    const walker = document.createTreeWalker(region);
    let nodes = 0;
    while (walker.nextNode()) nodes += 1;
    expect(nodes).toBe(4);
    expect(container.querySelectorAll('article')).toHaveLength(1);
  });

  it('wakes with what the reader had opened', async () => {
    const user = userEvent.setup();
    const { rerender } = renderView({ collapsed: true });
    await user.click(screen.getByRole('button', { name: 'Read more' }));
    const props = {
      article,
      position: 2,
      setSize: -1,
      headingLevel: 2 as const,
      collapsed: true,
      tagUrl: '/topics/{slug}/',
      next: null,
    };
    rerender(<ArticleView {...props} sleepHeight={900} />);
    expect(screen.queryByText('Second paragraph.')).not.toBeInTheDocument();
    rerender(<ArticleView {...props} sleepHeight={null} />);
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read more' })).not.toBeInTheDocument();
  });
});
