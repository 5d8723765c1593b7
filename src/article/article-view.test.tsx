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
      onFollowNext={vi.fn()}
      dormant={false}
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
