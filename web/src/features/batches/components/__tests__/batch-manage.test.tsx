import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeBatch, makeBatchDetail, page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const DETAIL = 'GET /api/articles/queue/b-1';

function sent(request: { init?: RequestInit }) {
  return JSON.parse(String(request.init?.body)) as Record<string, unknown>;
}

describe('Managing a batch from its page', () => {
  it('renames the batch in a dialog', async () => {
    const { requests } = mockApi({
      [DETAIL]: makeBatchDetail({ id: 'b-1', name: 'Garden keywords' }),
      'PATCH /api/articles/queue/b-1': makeBatch({ id: 'b-1', name: 'Spring garden' }),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename batch' });
    const input = within(dialog).getByLabelText('New name');
    expect(input).toHaveValue('Garden keywords');
    await user.clear(input);
    await user.type(input, '  Spring garden ');
    await user.click(within(dialog).getByRole('button', { name: 'Save name' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(requests('PATCH /api/articles/queue/b-1')[0])).toEqual({ name: 'Spring garden' });
  });

  it('keeps the rename dialog open with the reason when the server refuses', async () => {
    mockApi({
      [DETAIL]: makeBatchDetail({ id: 'b-1' }),
      'PATCH /api/articles/queue/b-1': () =>
        problem({ title: 'Bad Request', status: 400, detail: 'The new name is not valid' }),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    expect(await screen.findByText('The new name is not valid')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('archives and unarchives', async () => {
    let archivedAt: string | null = null;
    const { requests } = mockApi({
      [DETAIL]: () => json(makeBatchDetail({ id: 'b-1', archivedAt })),
      'POST /api/articles/queue/b-1/archive': () => {
        archivedAt = '2026-12-03T10:00:00Z';
        return json(makeBatch({ id: 'b-1', archivedAt }));
      },
      'POST /api/articles/queue/b-1/unarchive': () => {
        archivedAt = null;
        return json(makeBatch({ id: 'b-1', archivedAt }));
      },
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    await user.click(await screen.findByRole('button', { name: 'Unarchive' }));
    await screen.findByRole('button', { name: 'Archive' });
    expect(requests('POST /api/articles/queue/b-1/archive')).toHaveLength(1);
    expect(requests('POST /api/articles/queue/b-1/unarchive')).toHaveLength(1);
  });

  it('deletes after a confirmation and goes back to the list', async () => {
    const { requests } = mockApi({
      [DETAIL]: makeBatchDetail({ id: 'b-1', name: 'Doomed', status: 'RUNNING' }),
      'DELETE /api/articles/queue/b-1': json(
        {
          id: 'b-1',
          name: 'Doomed',
          owner: 'admin',
          articles: 10,
          remaining: 10,
          since: '2026-12-03T10:00:00Z',
        },
        202,
      ),
      'GET /api/articles/queue': page([]),
    });
    const { user, router } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Delete batch' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Doomed”?' });
    expect(dialog).toHaveTextContent('10 articles');
    expect(dialog).toHaveTextContent('cancelled first');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests('DELETE /api/articles/queue/b-1')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete batch' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete batch' }),
    );

    await waitFor(() => expect(router.state.location.pathname).toBe('/batches'));
    expect(requests('DELETE /api/articles/queue/b-1')).toHaveLength(1);
  });

  it('shows why a delete failed', async () => {
    mockApi({
      [DETAIL]: makeBatchDetail({ id: 'b-1', status: 'COMPLETED' }),
      'DELETE /api/articles/queue/b-1': () =>
        problem({ title: 'Conflict', status: 409, detail: 'Batch kept changing; try again' }),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Delete batch' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete batch' }),
    );
    expect(await screen.findByText('Batch kept changing; try again')).toBeInTheDocument();
  });

  it('links to a new batch form that starts as a copy', async () => {
    mockApi({ [DETAIL]: makeBatchDetail({ id: 'b-1' }) });
    renderApp('/batches/b-1');

    expect(await screen.findByRole('link', { name: 'Duplicate as new batch' })).toHaveAttribute(
      'href',
      '/batches/new?from=b-1',
    );
  });
});
