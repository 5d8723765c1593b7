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
  // The <article> element is the reader's (reader/feed-article.tsx).
  return render(
    <article aria-labelledby="title-2">
      <ArticleView
        article={article}
        titleId="title-2"
        headingLevel={2}
        collapsed={false}
        eagerImage={false}
        tagUrl="/topics/{slug}/"
        next={{ id: 'b', link: '/world/b', title: 'The next one' }}
        {...overrides}
      />
    </article>,
  );
}

describe('article view', () => {
  it('names the article by its title and shows byline, time, body and tags', () => {
    renderView();
    const region = screen.getByRole('article', { name: article.title });
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
  it('writes its dates in the feed’s language', () => {
    renderView({ article: { ...article, language: 'ar-EG' } });
    const region = screen.getByRole('article', { name: article.title });
    const expected = new Intl.DateTimeFormat('ar-EG', { dateStyle: 'medium', timeStyle: 'short' });
    expect(region.querySelector('time')).toHaveTextContent(
      expected.format(new Date(article.published ?? '')),
    );
  });
});

describe('waking', () => {
  it('tells the reader when Read more is opened, and opens as it was left', async () => {
    const user = userEvent.setup();
    const onExpanded = vi.fn();
    const { unmount } = renderView({ collapsed: true, onExpanded });
    await user.click(screen.getByRole('button', { name: 'Read more' }));
    expect(onExpanded).toHaveBeenCalledWith(article);
    // Asleep, the article leaves React; it wakes as a new view, told what was opened.
    unmount();
    renderView({ collapsed: true, initiallyExpanded: true });
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read more' })).not.toBeInTheDocument();
  });
});
