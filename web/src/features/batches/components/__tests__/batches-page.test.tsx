import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeBatch, page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const QUEUE = 'GET /api/articles/queue';

describe('BatchesPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists batches with status badge, progress, counts and draft label', async () => {
    const { requests } = mockApi({
      [QUEUE]: page([
        makeBatch({ id: 'b-1', name: 'Garden keywords', status: 'RUNNING', progress: 40 }),
        makeBatch({
          id: 'b-2',
          name: 'Offline test',
          status: 'COMPLETED',
          progress: 100,
          engine: { provider: 'draft', label: 'Draft engine', draft: true },
          counts: { total: 2, queued: 0, running: 0, succeeded: 2, failed: 0, cancelled: 0 },
          finishedAt: '2026-11-28T11:00:00Z',
        }),
        makeBatch({
          id: 'b-3',
          name: 'Paused one',
          status: 'PAUSED',
          statusReason: 'Rate limited by the provider',
          progress: 10,
        }),
        makeBatch({ id: 'b-4', name: 'Stopped', status: 'CANCELLED', progress: 50 }),
      ]),
    });

    renderApp('/batches');

    expect(await screen.findByRole('heading', { level: 1, name: 'Batches' })).toBeInTheDocument();

    const rows = await screen.findAllByTestId('batch-row');
    expect(rows).toHaveLength(4);
    expect(requests(QUEUE)[0].url.search).toBe('?page=0&size=50');

    const first = within(rows[0]);
    expect(first.getByRole('link', { name: 'Garden keywords' })).toHaveAttribute(
      'href',
      '/batches/b-1',
    );
    expect(first.getByText('Running')).toHaveClass('badge', 'badge--running');
    expect(first.getByRole('progressbar', { name: 'Progress of Garden keywords' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    expect(first.getByText('3 done')).toBeInTheDocument();
    expect(first.getByText('1 failed')).toBeInTheDocument();
    expect(first.getByText('2 running')).toBeInTheDocument();
    expect(first.getByText('4 queued')).toBeInTheDocument();
    expect(first.getByText('of 10')).toBeInTheDocument();
    expect(first.queryByText('Drafts only')).not.toBeInTheDocument();
    expect(rows[0].querySelector('time')).toHaveAttribute('dateTime', '2026-11-28T10:00:00Z');

    const second = within(rows[1]);
    expect(second.getByText('Completed')).toHaveClass('badge--completed');
    expect(second.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(second.getByText('Drafts only')).toBeInTheDocument();
    expect(second.queryByRole('button')).not.toBeInTheDocument();

    const third = within(rows[2]);
    expect(third.getByText('Paused')).toHaveClass('badge--paused');
    expect(third.getByText('Rate limited by the provider')).toBeInTheDocument();
    expect(third.getByRole('button', { name: /^resume/i })).toBeInTheDocument();
    expect(third.queryByRole('button', { name: /^pause/i })).not.toBeInTheDocument();

    expect(within(rows[3]).getByText('Cancelled')).toHaveClass('badge--cancelled');
  });

  it('explains how to submit a batch when there are none', async () => {
    mockApi({ [QUEUE]: page([]) });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'No batches yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start a new batch' })).toHaveAttribute(
      'href',
      '/batches/new',
    );
    // the server the page came from, with a token: it works when pasted into a shell
    const example = screen.getByText(/^curl -X POST/);
    expect(example).toHaveTextContent(`'${window.location.origin}/api/articles/bulk?name=`);
    expect(example).toHaveTextContent('-H "Authorization: Bearer $TOKEN"');
    const empty = screen.getByRole('region', { name: 'No batches yet' });
    expect(within(empty).getByRole('link', { name: 'API tokens' })).toHaveAttribute(
      'href',
      '/tokens',
    );
    expect(screen.queryByTestId('batch-row')).not.toBeInTheDocument();
  });

  it('pages through more batches than one page holds', async () => {
    mockApi({
      [QUEUE]: page([makeBatch({ status: 'COMPLETED' })], { totalElements: 51, totalPages: 2 }),
    });
    renderApp('/batches');
    expect(await screen.findByText('Page 1 of 2 (51 batches)')).toBeInTheDocument();
  });

  it('shows the problem detail when the server fails, and can try again', async () => {
    let fail = true;
    mockApi({
      [QUEUE]: () =>
        fail
          ? problem({
              title: 'Service Unavailable',
              status: 503,
              detail: 'The database is not reachable',
            })
          : json(page([makeBatch({ status: 'COMPLETED' })])),
    });
    const { user } = renderApp('/batches');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the batches');
    expect(alert).toHaveTextContent('The database is not reachable');

    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('batch-row')).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('pauses a running batch and refreshes the list', async () => {
    let status: 'RUNNING' | 'PAUSED' = 'RUNNING';
    const { requests } = mockApi({
      [QUEUE]: () => json(page([makeBatch({ id: 'b-1', status, counts: { failed: 0 } })])),
      'POST /api/articles/queue/b-1/pause': () => {
        status = 'PAUSED';
        return json(makeBatch({ id: 'b-1', status }));
      },
    });
    const { user } = renderApp('/batches');

    const row = (await screen.findAllByTestId('batch-row'))[0];
    expect(within(row).queryByRole('button', { name: /retry failed/i })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Pause Garden keywords' }));

    await waitFor(() => expect(requests('POST /api/articles/queue/b-1/pause')).toHaveLength(1));
    expect(await within(row).findByText('Paused')).toBeInTheDocument();
    expect(requests(QUEUE).length).toBeGreaterThanOrEqual(2);
  });

  it('resumes a paused batch and retries failed articles', async () => {
    const { requests } = mockApi({
      [QUEUE]: page([makeBatch({ id: 'b-9', name: 'Nine', status: 'PAUSED' })]),
      'POST /api/articles/queue/b-9/resume': makeBatch({ id: 'b-9', status: 'RUNNING' }),
      'POST /api/articles/queue/b-9/retry-failed': makeBatch({ id: 'b-9', status: 'RUNNING' }),
    });
    const { user } = renderApp('/batches');

    await user.click(await screen.findByRole('button', { name: 'Resume Nine' }));
    await waitFor(() => expect(requests('POST /api/articles/queue/b-9/resume')).toHaveLength(1));

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Retry failed Nine' })).toBeEnabled(),
    );
    await user.click(screen.getByRole('button', { name: 'Retry failed Nine' }));
    await waitFor(() =>
      expect(requests('POST /api/articles/queue/b-9/retry-failed')).toHaveLength(1),
    );
  });

  it('asks for confirmation before cancelling, and cancels only when confirmed', async () => {
    const { requests } = mockApi({
      [QUEUE]: page([makeBatch({ id: 'b-1', status: 'RUNNING' })]),
      'POST /api/articles/queue/b-1/cancel': makeBatch({ id: 'b-1', status: 'CANCELLED' }),
    });
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    const { user } = renderApp('/batches');

    const cancel = await screen.findByRole('button', { name: 'Cancel Garden keywords' });
    await user.click(cancel);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0][0]).toMatch(
      /6 queued or running article\(s\) will not be written/,
    );
    expect(requests('POST /api/articles/queue/b-1/cancel')).toHaveLength(0);

    await user.click(cancel);
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(requests('POST /api/articles/queue/b-1/cancel')).toHaveLength(1));
  });

  it('shows why an action failed', async () => {
    mockApi({
      [QUEUE]: page([makeBatch({ id: 'b-1', status: 'RUNNING' })]),
      'POST /api/articles/queue/b-1/pause': () =>
        problem({ title: 'Conflict', status: 409, detail: 'Batch b-1 is already finished' }),
    });
    const { user } = renderApp('/batches');
    await user.click(await screen.findByRole('button', { name: 'Pause Garden keywords' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The action failed');
    expect(alert).toHaveTextContent('Batch b-1 is already finished');
  });

  it('polls every 2 s while a batch is running', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { requests } = mockApi({ [QUEUE]: page([makeBatch({ status: 'RUNNING' })]) });
    renderApp('/batches');
    await screen.findAllByTestId('batch-row');
    expect(requests(QUEUE)).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(2100);
    await waitFor(() => expect(requests(QUEUE)).toHaveLength(2));
  });

  it('does not poll when every batch is finished', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { requests } = mockApi({ [QUEUE]: page([makeBatch({ status: 'COMPLETED' })]) });
    renderApp('/batches');
    await screen.findAllByTestId('batch-row');

    await vi.advanceTimersByTimeAsync(6000);
    expect(requests(QUEUE)).toHaveLength(1);
  });
});
