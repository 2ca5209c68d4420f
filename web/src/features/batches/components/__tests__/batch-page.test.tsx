import { act, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { makeArticleSummary, makeBatchDetail } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';
import { renderApp } from '@/testing/test-utils';

import { BatchPage } from '../batch-page';

const DETAIL = 'GET /api/articles/queue/b-1';

const articles = [
  makeArticleSummary({ id: 'a-1', position: 1, keyword: 'how to grow tomatoes' }),
  makeArticleSummary({
    id: 'a-2',
    position: 2,
    keyword: 'best compost',
    status: 'FAILED',
    attempts: 3,
    lastError: 'Provider answered 429 Too Many Requests',
    title: null,
    wordCount: null,
  }),
];

/** The batch page at `url` with a live connection on a fake STOMP client. */
function renderBatchPageLive(url: string) {
  return renderLive(
    <Routes>
      <Route path="/batches/:batchId" element={<BatchPage />} />
    </Routes>,
    url,
  );
}

describe('BatchPage', () => {
  it('asks only for pages the API accepts, whatever the address says', async () => {
    const { requests } = mockApi({ [DETAIL]: makeBatchDetail({ id: 'b-1' }, articles) });
    renderApp('/batches/b-1?page=99999999999');

    // the screens load lazily: wait for the batch's own request, not just any heading
    await waitFor(() => expect(requests(DETAIL)).not.toHaveLength(0));
    expect(requests(DETAIL)[0].url.search).toBe('?page=0&size=500');
  });

  it('shows the summary, settings and articles of a batch', async () => {
    const { requests } = mockApi({
      [DETAIL]: makeBatchDetail(
        {
          id: 'b-1',
          name: 'Garden keywords',
          status: 'PAUSED',
          finishedAt: null,
          engine: { provider: 'draft', label: 'Offline drafts', draft: true },
        },
        articles,
      ),
    });
    renderApp('/batches/b-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Garden keywords' })).toBeVisible();
    expect(requests(DETAIL)[0].url.search).toBe('?page=0&size=500');

    expect(screen.getByText('Paused')).toHaveClass('badge--paused');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('Drafts only')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume Garden keywords' })).toBeInTheDocument();

    const settings = screen.getByRole('region', { name: 'Settings' });
    expect(within(settings).getByText('gpt-4o-mini')).toBeInTheDocument();
    expect(within(settings).getByText('Offline drafts')).toBeInTheDocument();
    expect(within(settings).getByText('1,200')).toBeInTheDocument();
    expect(within(settings).getByText('home gardeners')).toBeInTheDocument();
    expect(within(settings).getByText('Yes')).toBeInTheDocument();

    const rows = screen.getAllByTestId('article-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'how to grow tomatoes' })).toHaveAttribute(
      'href',
      '/articles/a-1',
    );
    expect(within(rows[0]).getByText('Succeeded')).toHaveClass('badge--succeeded');
    expect(within(rows[0]).getByText('1,234')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Failed')).toHaveClass('badge--failed');
    expect(within(rows[1]).getByText('3')).toBeInTheDocument();
    expect(
      within(rows[1]).getByText('Provider answered 429 Too Many Requests'),
    ).toBeInTheDocument();
  });

  it('filters the articles by status', async () => {
    const { requests } = mockApi({
      [DETAIL]: ({ url }) => {
        const status = url.searchParams.get('status');
        const items = status ? articles.filter((a) => a.status === status) : articles;
        return json(makeBatchDetail({ id: 'b-1', status: 'COMPLETED' }, items));
      },
    });
    const { user, router } = renderApp('/batches/b-1');

    expect(await screen.findAllByTestId('article-row')).toHaveLength(2);
    const filter = screen.getByRole('combobox', { name: 'Status' });
    expect(filter).toHaveValue('');

    await user.selectOptions(filter, 'FAILED');
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'best compost' })).toBeInTheDocument();
    expect(requests(DETAIL).at(-1)?.url.searchParams.get('status')).toBe('FAILED');
    expect(router.state.location.search).toBe('?status=FAILED');

    await user.selectOptions(filter, 'CANCELLED');
    expect(await screen.findByText('No cancelled articles in this batch.')).toBeInTheDocument();

    await user.selectOptions(filter, '');
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(2));
    expect(requests(DETAIL).at(-1)?.url.searchParams.has('status')).toBe(false);
  });

  it('pages through the articles', async () => {
    const { requests } = mockApi({
      [DETAIL]: ({ url }) => {
        const pageNumber = Number(url.searchParams.get('page'));
        const item = makeArticleSummary({
          id: `a-${pageNumber}`,
          keyword: `keyword on page ${pageNumber + 1}`,
        });
        return json(
          makeBatchDetail({ id: 'b-1', status: 'COMPLETED' }, [item], {
            page: pageNumber,
            totalPages: 2,
            totalElements: 101,
          }),
        );
      },
    });
    const { user } = renderApp('/batches/b-1?status=SUCCEEDED');

    expect(await screen.findByText('keyword on page 1')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 2 (101 articles)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('keyword on page 2')).toBeInTheDocument();
    expect(requests(DETAIL).at(-1)?.url.search).toBe('?page=1&size=500&status=SUCCEEDED');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('keyword on page 1')).toBeInTheDocument();
  });

  it('says when a batch has no articles', async () => {
    mockApi({ [DETAIL]: makeBatchDetail({ id: 'b-1', status: 'COMPLETED' }, []) });
    renderApp('/batches/b-1');
    expect(await screen.findByText('This batch has no articles.')).toBeInTheDocument();
  });

  it('says plainly that a batch does not exist, without its id and without a retry', async () => {
    mockApi({
      'GET /api/articles/queue/nope': () =>
        problem({ title: 'Not Found', status: 404, detail: 'No such batchId: nope' }),
    });
    renderApp('/batches/nope');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Batch not found');
    expect(alert).not.toHaveTextContent('nope');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Batches' })).toBeInTheDocument();
  });

  it('drops an article from the Running filter as soon as it finishes', async () => {
    const running = (id: string, keyword: string) =>
      makeArticleSummary({ id, keyword, status: 'RUNNING', title: null, wordCount: null });
    mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail({ id: 'b-1', status: 'RUNNING' }, [
        running('a-1', 'tomatoes'),
        running('a-2', 'compost'),
      ]),
    });
    const { client } = renderBatchPageLive('/batches/b-1?status=RUNNING');
    client.connect();
    expect(await screen.findAllByTestId('article-row')).toHaveLength(2);
    client.push('/topic/batches.b-1', [
      {
        batchId: 'b-1',
        seq: 7,
        kind: 'ARTICLE_UPDATED',
        at: '2026-11-28T12:00:00Z',
        article: { id: 'a-1', status: 'SUCCEEDED', attempts: 1, title: 'Tomatoes', wordCount: 900 },
      },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    expect(screen.getByTestId('article-row')).toHaveTextContent('compost');
  });

  it('says "not found" when the server refuses to let the page watch the batch, and stays live', async () => {
    mockApi({ 'GET /api/articles/queue/gone': () => new Promise<Response>(() => undefined) });
    const { client } = renderBatchPageLive('/batches/gone');
    client.connect();
    const refusal = { body: '{"status":404}', headers: { refused: '404' } };
    act(() => client.handlers.get('/topic/batches.gone')?.(refusal));
    expect(await screen.findByRole('alert')).toHaveTextContent('Batch not found');
    expect(client.handlers.has('/topic/batches.gone')).toBe(false);
    expect(client.handlers.has('/user/queue/notifications')).toBe(true);
  });
});
