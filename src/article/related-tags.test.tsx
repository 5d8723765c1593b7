import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RelatedTags } from './related-tags';

describe('Related Tags', () => {
  it('links each tag to its archive by the slug publishers use, accented or not', () => {
    render(
      <RelatedTags
        tags={['World news', 'C++ & Rust', 'Île-de-France', 'Ελλάδα']}
        tagUrl="/tag/{slug}"
        heading="h3"
      />,
    );
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/tag/world-news',
      '/tag/c-rust',
      '/tag/ile-de-france',
      `/tag/${encodeURIComponent('ελλαδα')}`,
    ]);
  });

  it('titles the list one level below the article’s title', () => {
    const { rerender } = render(<RelatedTags tags={['Sport']} tagUrl="/t/{slug}" heading="h2" />);
    expect(screen.getByRole('heading', { name: 'Related Tags', level: 2 })).toBeInTheDocument();
    rerender(<RelatedTags tags={['Sport']} tagUrl="/t/{slug}" heading="h3" />);
    expect(screen.getByRole('heading', { name: 'Related Tags', level: 3 })).toBeInTheDocument();
  });
});
