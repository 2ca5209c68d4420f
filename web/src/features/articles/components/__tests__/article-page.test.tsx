import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeArticle } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const ARTICLE = 'GET /api/articles/a-1';

describe('ArticlePage', () => {
  it('shows the article with its Markdown body', async () => {
    mockApi({ [ARTICLE]: makeArticle() });
    renderApp('/articles/a-1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'How to Grow Tomatoes' }),
    ).toBeInTheDocument();
    expect(screen.getByText('how-to-grow-tomatoes')).toBeInTheDocument();
    expect(screen.getByText('Everything about growing tomatoes at home.')).toBeInTheDocument();
    expect(screen.getByText('Succeeded')).toHaveClass('badge--succeeded');
    expect(screen.getByText('1,234')).toBeInTheDocument();
    expect(screen.getByText('42.0 s')).toBeInTheDocument();
    const body = screen.getByLabelText('Article body (Markdown)');
    expect(body.tagName).toBe('PRE');
    expect(body.textContent).toBe('# How to Grow Tomatoes\n\nStart with good soil.');
    expect(screen.getByRole('link', { name: /back to the batch/i })).toHaveAttribute(
      'href',
      '/batches/b-1',
    );
    expect(screen.queryByText(/draft from the offline engine/i)).not.toBeInTheDocument();
  });

  it('warns clearly when the article is an offline draft', async () => {
    mockApi({ [ARTICLE]: makeArticle({ draft: true, provider: 'draft', model: 'offline' }) });
    renderApp('/articles/a-1');
    const banner = await screen.findByRole('note');
    expect(banner).toHaveTextContent('Draft from the offline engine — not written by an LLM');
  });

  it('handles an article that is not written yet, or failed', async () => {
    mockApi({
      [ARTICLE]: makeArticle({
        status: 'QUEUED',
        title: null,
        slug: null,
        metaDescription: null,
        markdown: null,
        wordCount: null,
        startedAt: null,
        finishedAt: null,
        durationMs: null,
      }),
      'GET /api/articles/a-2': makeArticle({
        id: 'a-2',
        status: 'FAILED',
        markdown: null,
        lastError: 'Provider timed out',
      }),
    });
    const { router } = renderApp('/articles/a-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'how to grow tomatoes' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/has not been written yet/i)).toBeInTheDocument();

    await router.navigate('/articles/a-2');
    expect(await screen.findByText('Provider timed out')).toBeInTheDocument();
    expect(screen.getByText('This article has no content.')).toBeInTheDocument();
  });

  it('shows the problem detail when loading fails', async () => {
    mockApi({
      [ARTICLE]: () => problem({ title: 'Not Found', status: 404, detail: 'No article a-1' }),
    });
    renderApp('/articles/a-1');
    expect(await screen.findByRole('alert')).toHaveTextContent('No article a-1');
  });
});
