import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { Toaster } from '@/components/ui/toaster';
import { makeArticleSummary, makeBatch, makeBatchDetail, makeBulkAction } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';
import { renderApp } from '@/testing/test-utils';
import type { BulkAction } from '@/types/api';

import { BatchPage } from '../batch-page';
import { describeResult } from '../bulk-action-bar';

const DETAIL = 'GET /api/articles/queue/b-1';
const ACT = 'POST /api/articles/queue/b-1/actions';
const ACTIONS = 'GET /api/articles/queue/b-1/actions';

const articles = [
  makeArticleSummary({ id: 'a-1', keyword: 'tomatoes', reviewState: 'APPROVED' }),
  makeArticleSummary({
    id: 'a-2',
    position: 2,
    keyword: 'basil',
    reviewState: 'REJECTED',
    reviewNote: 'Too short',
  }),
  makeArticleSummary({ id: 'a-3', position: 3, keyword: 'roses', status: 'RUNNING' }),
];

function action(overrides: Partial<BulkAction> = {}): BulkAction {
  return makeBulkAction(overrides);
}

function detail(totalElements = 3) {
  return makeBatchDetail(
    makeBatch({ id: 'b-1', status: 'RUNNING', counts: { succeeded: 2, running: 1, total: 3 } }),
    articles,
    { totalElements },
  );
}

function body(requests: ReturnType<typeof mockApi>['requests']) {
  return JSON.parse(String(requests(ACT).at(-1)?.init?.body)) as unknown;
}

afterEach(() => vi.restoreAllMocks());

describe('bulk actions on the batch page', () => {
  it('shows review states and approves the ticked articles at once', async () => {
    const { requests } = mockApi({ [DETAIL]: detail(), [ACT]: () => json(action()) });
    const { user } = renderApp('/batches/b-1');

    const rows = await screen.findAllByTestId('article-row');
    expect(within(rows[0]).getByText('Approved')).toHaveClass('badge--review-approved');
    expect(within(rows[1]).getByText('Rejected')).toHaveAttribute('title', 'Too short');
    expect(screen.getByRole('checkbox', { name: 'Select roses' })).toBeDisabled();
    expect(screen.getByText(/Tick articles to approve/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select tomatoes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select basil' }));
    const bar = screen.getByRole('toolbar', { name: 'Selected articles' });
    expect(within(bar).getByText('2 articles selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText('Approved 2 articles.')).toBeInTheDocument();
    expect(body(requests)).toEqual({ action: 'APPROVE', articleIds: ['a-1', 'a-2'] });
    expect(screen.queryByRole('toolbar', { name: 'Selected articles' })).toBeNull();
  });

  it('acts on all articles matching the filter in the background, with progress', async () => {
    let polls = 0;
    const { requests } = mockApi({
      [DETAIL]: detail(700),
      [ACT]: () => json(action({ status: 'QUEUED', total: 700, processed: 0, progress: 0 }), 202),
      [ACTIONS]: () =>
        json([
          ++polls < 2
            ? action({ status: 'RUNNING', total: 700, processed: 350, progress: 50 })
            : action({ total: 700, processed: 700, changed: 690, skipped: 10 }),
        ]),
    });
    const { user } = renderApp('/batches/b-1?review=REJECTED&q=bas');

    await screen.findAllByTestId('article-row');
    await user.click(screen.getByRole('checkbox', { name: 'Select the articles on this page' }));
    await user.click(screen.getByRole('button', { name: 'Select all 700 matching articles' }));
    const bar = screen.getByRole('toolbar', { name: 'Selected articles' });
    expect(within(bar).getByText('All 700 articles matching the filter selected')).toBeVisible();
    await user.click(within(bar).getByRole('button', { name: 'Reject…' }));
    await user.type(within(bar).getByRole('textbox'), 'Off brand');
    await user.click(within(bar).getByRole('button', { name: 'Reject 700 articles' }));

    expect(body(requests)).toEqual({
      action: 'REJECT',
      filter: { review: 'REJECTED', search: 'bas' },
      note: 'Off brand',
    });
    expect(await screen.findByText('700 articles: running in the background.')).toBeVisible();
    expect(
      await screen.findByText(
        'Approved 690 articles; 10 skipped (not in a state this action applies to).',
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
  });

  it('follows a background action by its live events, without polling', async () => {
    const { requests } = mockApi({
      [DETAIL]: detail(700),
      [ACT]: () => json(action({ status: 'QUEUED', total: 700, processed: 0, progress: 0 }), 202),
      [ACTIONS]: () =>
        json([action({ status: 'RUNNING', total: 700, processed: 0, changed: 0, progress: 0 })]),
    });
    const { client } = renderLive(
      <>
        <Routes>
          <Route path="/batches/:batchId" element={<BatchPage selectionActions={() => null} />} />
        </Routes>
        <Toaster />
      </>,
      '/batches/b-1',
    );
    client.connect();
    const user = userEvent.setup();

    await screen.findAllByTestId('article-row');
    await user.click(screen.getByRole('checkbox', { name: 'Select the articles on this page' }));
    await user.click(screen.getByRole('button', { name: 'Select all 700 matching articles' }));
    const bar = screen.getByRole('toolbar', { name: 'Selected articles' });
    await user.click(within(bar).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('700 articles: running in the background.')).toBeVisible();
    await waitFor(() => expect(requests(ACTIONS)).toHaveLength(1));

    client.push('/topic/batches.b-1', [
      {
        batchId: 'b-1',
        seq: 1,
        kind: 'BULK_ACTION',
        at: '2026-12-03T10:00:02Z',
        bulkAction: {
          id: 'x-1',
          action: 'APPROVE',
          status: 'SUCCEEDED',
          total: 700,
          processed: 700,
          changed: 700,
          skipped: 0,
          progress: 100,
          error: null,
        },
      },
    ]);

    expect(await screen.findByText('Approved 700 articles.')).toBeInTheDocument();
    expect(requests(ACTIONS)).toHaveLength(1);
  });

  it('regenerates with changed settings, deletes after a confirmation, and shows refusals', async () => {
    const { requests } = mockApi({
      [DETAIL]: detail(),
      [ACT]: ({ init }) => {
        const sentBody = JSON.parse(String(init?.body)) as { action: string };
        return sentBody.action === 'DELETE'
          ? problem({
              title: 'Bad Request',
              status: 400,
              detail: 'The bulk action has 1 problem; nothing was changed.',
              errors: [{ row: null, field: 'articleIds[0]', message: 'is running' }],
            })
          : json(action({ action: 'REGENERATE', changed: 1, total: 1 }));
      },
    });
    const { user } = renderApp('/batches/b-1');

    await screen.findAllByTestId('article-row');
    await user.click(screen.getByRole('checkbox', { name: 'Select basil' }));
    const bar = screen.getByRole('toolbar', { name: 'Selected articles' });
    await user.click(within(bar).getByRole('button', { name: 'Regenerate…' }));
    await user.type(within(bar).getByLabelText('Tone (empty: keep)'), 'casual');
    await user.type(within(bar).getByLabelText('Words (empty: keep)'), '900');
    await user.type(within(bar).getByLabelText('Instructions (empty: keep)'), 'Add a table');
    await user.click(within(bar).getByRole('button', { name: 'Regenerate 1 article' }));
    expect(await screen.findByText('Queued again 1 article.')).toBeInTheDocument();
    expect(body(requests)).toEqual({
      action: 'REGENERATE',
      articleIds: ['a-2'],
      changes: { tone: 'casual', wordCount: 900, instructions: 'Add a table' },
    });

    await user.click(screen.getByRole('checkbox', { name: 'Select tomatoes' }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValue(true);
    const again = screen.getByRole('toolbar', { name: 'Selected articles' });
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    expect(requests(ACT)).toHaveLength(1);
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(await screen.findByText(/is running/)).toBeInTheDocument();
    expect(screen.getByText('Nothing was changed')).toBeInTheDocument();
  });

  it('filters by review state and search, kept in the address', async () => {
    const { requests } = mockApi({ [DETAIL]: detail() });
    const { user, router } = renderApp('/batches/b-1');

    await screen.findAllByTestId('article-row');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), 'APPROVED');
    await waitFor(() =>
      expect(requests(DETAIL).at(-1)?.url.searchParams.get('review')).toBe('APPROVED'),
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'to');
    await waitFor(() => expect(router.state.location.search).toBe('?review=APPROVED&q=to'));
    expect(requests(DETAIL).at(-1)?.url.searchParams.get('q')).toBe('to');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), '');
    await waitFor(() => expect(router.state.location.search).toBe('?q=to'));
  });
});

describe('describeResult', () => {
  it('says what a failed action did before it stopped', () => {
    expect(
      describeResult(action({ status: 'FAILED', action: 'DELETE', changed: 3, error: 'boom' })),
    ).toBe('Deleted 3 articles, then stopped: boom');
    expect(describeResult(action({ changed: 1 }))).toBe('Approved 1 article.');
  });
});
