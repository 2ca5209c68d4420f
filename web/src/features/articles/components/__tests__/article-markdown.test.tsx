import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ArticleMarkdown, articleUrl } from '../article-markdown';

describe('ArticleMarkdown links', () => {
  it('leads an internal link to its target article and keeps other links safe', () => {
    render(
      <ArticleMarkdown
        title={null}
        markdown={
          'Wear [wool socks](bulkwriter:article/a-2), see [the map](https://example.com) and [x](javascript:alert(1)).'
        }
      />,
    );

    expect(screen.getByRole('link', { name: 'wool socks' })).toHaveAttribute(
      'href',
      '/articles/a-2',
    );
    expect(screen.getByRole('link', { name: 'the map' })).toHaveAttribute(
      'href',
      'https://example.com',
    );
    expect(articleUrl('javascript:alert(1)')).toBe('');
  });
});
