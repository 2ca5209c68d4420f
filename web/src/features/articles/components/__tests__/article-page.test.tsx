import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { makeArticle } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

import { withoutTitle } from '../article-page';

const ARTICLE = 'GET /api/articles/a-1';

describe('withoutTitle', () => {
  it('drops a leading H1 only when it repeats the title', () => {
    expect(withoutTitle('# Tea\n\nBody', 'Tea')).toBe('\nBody');
    expect(withoutTitle('  # Tea ##\r\nBody', 'Tea')).toBe('Body');
    expect(withoutTitle('# Coffee\n\nBody', 'Tea')).toBe('# Coffee\n\nBody');
    expect(withoutTitle('## Tea\nBody', 'Tea')).toBe('## Tea\nBody');
    expect(withoutTitle('# Tea', null)).toBe('# Tea');
  });
});

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
    // the body's "# How to Grow Tomatoes" is the page's heading already: not repeated
    const body = screen.getByRole('region', { name: 'Article body' });
    expect(within(body).queryByRole('heading')).toBeNull();
    expect(within(body).getByText('Start with good soil.').tagName).toBe('P');
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

  it('lists the required phrases the article is missing', async () => {
    mockApi({ [ARTICLE]: makeArticle({ missingPhrases: ['free shipping', 'cedar boards'] }) });
    renderApp('/articles/a-1');
    const banner = await screen.findByRole('note');
    expect(banner).toHaveTextContent('Required phrases missing: "free shipping", "cedar boards"');
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

  it('says plainly that an article does not exist, without its id and without a retry', async () => {
    mockApi({
      [ARTICLE]: () =>
        problem({ title: 'Not Found', status: 404, detail: 'No such articleId: a-1' }),
    });
    renderApp('/articles/a-1');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Article not found');
    expect(alert).not.toHaveTextContent('a-1');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('shows the problem detail when loading fails otherwise', async () => {
    mockApi({
      [ARTICLE]: () => problem({ title: 'Oops', status: 500, detail: 'The database is away' }),
    });
    renderApp('/articles/a-1');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is away');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('copies the Markdown and regenerates the article after a confirmation', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { requests } = mockApi({
      [ARTICLE]: makeArticle(),
      'POST /api/articles/a-1/regenerate': makeArticle({
        status: 'QUEUED',
        attempts: 0,
        markdown: null,
        finishedAt: null,
      }),
    });
    const { user } = renderApp('/articles/a-1');
    // after renderApp: user-event puts its own clipboard on navigator when it is set up
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(await screen.findByRole('button', { name: 'Copy Markdown' }));
    expect(writeText).toHaveBeenCalledWith('# How to Grow Tomatoes\n\nStart with good soil.');
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining('replaced'));
    expect(requests('POST /api/articles/a-1/regenerate')).toHaveLength(1);
    expect(await screen.findByText(/has not been written yet/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Regenerate' })).not.toBeInTheDocument();
  });

  it('says why a regenerate was refused and when the clipboard is not available', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    mockApi({
      [ARTICLE]: makeArticle({ status: 'FAILED', lastError: 'Provider timed out' }),
      'POST /api/articles/a-1/regenerate': () =>
        problem({ title: 'Conflict', status: 409, detail: 'Batch b-1 is cancelled' }),
    });
    const { user } = renderApp('/articles/a-1');
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });

    await user.click(await screen.findByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByText(/browser refused the clipboard/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(await screen.findByText('Batch b-1 is cancelled')).toBeInTheDocument();
  });
});
