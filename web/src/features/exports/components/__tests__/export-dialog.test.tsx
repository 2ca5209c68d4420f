import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeBatch, makeBatchDetail, page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

describe('Export dialog', () => {
  it('exports a batch from its page in the chosen formats and layout', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(
        makeBatch({ id: 'b-1', status: 'COMPLETED', counts: { succeeded: 7 } }),
      ),
      'POST /api/exports': () => json({ id: 'e-1', articles: 7 }, 202),
    });
    const { user, router } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog', { name: 'Export articles' });
    expect(within(dialog).getByRole('checkbox', { name: /Garden keywords/ })).toBeChecked();
    expect(within(dialog).getByText('7 articles × 4 formats')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Plain text' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'HTML page' }));
    await user.click(within(dialog).getByRole('radio', { name: 'A folder per article' }));
    expect(within(dialog).getByText('7 articles × 2 formats')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Start export' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Export started: 7');
    const body = JSON.parse(String(requests('POST /api/exports')[0].init?.body));
    expect(body).toEqual({ batchIds: ['b-1'], formats: ['docx', 'md'], layout: 'by-article' });

    mockApi({ 'GET /api/exports': page([]) });
    await user.click(within(dialog).getByRole('link', { name: 'Downloads' }));
    expect(router.state.location.pathname).toBe('/downloads');
  });

  it('chooses among the batches of the list and shows the problem when refused', async () => {
    mockApi({
      'GET /api/articles/queue': page([
        makeBatch({ id: 'b-1', name: 'Garden', counts: { succeeded: 3 } }),
        makeBatch({ id: 'b-2', name: 'Coffee', counts: { succeeded: 5 } }),
        makeBatch({ id: 'b-3', name: 'Empty', counts: { succeeded: 0 } }),
      ]),
      'POST /api/exports': () =>
        problem({
          title: 'Invalid request',
          status: 400,
          detail: 'The export request has 1 problem; nothing was started.',
          errors: [{ row: null, field: 'batchIds[0]', message: 'no batch b-1' }],
        }),
    });
    const { user } = renderApp('/batches');

    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('8 articles × 4 formats')).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: /Empty/ })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /Coffee/ }));
    expect(within(dialog).getByText('3 articles × 4 formats')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Start export' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The export could not start');
    expect(alert).toHaveTextContent('no batch b-1');

    await user.click(within(dialog).getByRole('checkbox', { name: /Garden/ }));
    expect(within(dialog).getByRole('button', { name: 'Start export' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is disabled while a batch has no finished article', async () => {
    mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(
        makeBatch({ id: 'b-1', counts: { succeeded: 0 } }),
      ),
    });
    renderApp('/batches/b-1');
    expect(await screen.findByRole('button', { name: 'Export' })).toBeDisabled();
  });
});
