import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { LiveConnection } from '@/lib/live/connection';
import type { LiveEvent } from '@/lib/live/events';
import { LiveProvider } from '@/lib/live/live-provider';
import { makeArticleSummary } from '@/testing/data';
import { fakeStompClient } from '@/testing/fake-stomp';
import type { ArticleSummary } from '@/types/api';

import { useWritingProgress } from '../../api/writing-progress';
import { ArticlesTable } from '../articles-table';

function LiveArticles({ articles }: { articles: ArticleSummary[] }) {
  const writing = useWritingProgress('b-1');
  return <ArticlesTable articles={articles} writing={writing} />;
}

const running = [
  makeArticleSummary({ id: 'a-1', keyword: 'tomatoes', status: 'RUNNING', wordCount: null }),
  makeArticleSummary({ id: 'a-2', keyword: 'compost', status: 'QUEUED', wordCount: null }),
];

function renderLive(articles: ArticleSummary[]) {
  const client = fakeStompClient();
  const live = new LiveConnection({ fetchEvents: vi.fn(), createClient: () => client });
  const view = render(
    <MemoryRouter>
      <LiveProvider connection={live}>
        <LiveArticles articles={articles} />
      </LiveProvider>
    </MemoryRouter>,
  );
  act(() => {
    client.connected = true;
    client.onConnect({} as never);
  });
  const push = (event: LiveEvent) =>
    act(() => client.handlers.get('/topic/batches.b-1')?.({ body: JSON.stringify(event) }));
  return { ...view, push };
}

const progress = (seq: number, words: number): LiveEvent => ({
  batchId: 'b-1',
  seq,
  kind: 'ARTICLE_PROGRESS',
  at: '2026-11-28T12:00:00Z',
  articles: [
    { id: 'a-1', words, targetWords: 1200 },
    { id: 'a-2', words: 50, targetWords: 1200 },
  ],
});

describe('words written of running articles', () => {
  it('shows a bar with the words so far for each running article and updates it', () => {
    const { push } = renderLive(running);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    push(progress(1, 312));
    const rows = screen.getAllByTestId('article-row');
    const bar = within(rows[0]).getByRole('progressbar', { name: 'Words written' });
    expect(bar).toHaveAttribute('aria-valuenow', '312');
    expect(bar).toHaveAttribute('aria-valuemax', '1200');
    expect(within(rows[0]).getByText('312 / 1,200 words')).toBeInTheDocument();
    // a queued row shows no bar, whatever the figures say
    expect(within(rows[1]).queryByRole('progressbar')).not.toBeInTheDocument();

    push(progress(2, 1350));
    expect(within(rows[0]).getByText('1,350 / 1,200 words')).toBeInTheDocument();
    expect(within(rows[0]).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1200');
  });

  it('clears the bar when the article leaves RUNNING, so a retry starts from nothing', () => {
    const { push, rerender } = renderLive(running);
    push(progress(1, 312));
    expect(screen.getByText('312 / 1,200 words')).toBeInTheDocument();

    // the attempt failed and will be retried: its figures are void even while the row still says
    // RUNNING (the grid's rows come from the batch query, which follows on its own)
    push({
      batchId: 'b-1',
      seq: 2,
      kind: 'ARTICLE_UPDATED',
      at: '2026-11-28T12:00:01Z',
      article: {
        id: 'a-1',
        status: 'QUEUED',
        attempts: 1,
        error: 'Attempt 1 failed: 503',
        title: null,
        wordCount: null,
      },
    });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText('312 / 1,200 words')).not.toBeInTheDocument();

    rerender(
      <MemoryRouter>
        <LiveArticles articles={[{ ...running[0], status: 'SUCCEEDED', wordCount: 1187 }]} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('1,187')).toBeInTheDocument();
  });
});
