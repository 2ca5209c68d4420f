import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { makeArticleSummary, makeBatch, makeBatchDetail, page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';
import { renderApp } from '@/testing/test-utils';

import { ExportDialog } from '../export-dialog';

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

  it('limits the export to approved articles when asked, ticked at first from the batch page', async () => {
    const { requests } = mockApi({
      'POST /api/exports': () => json({ id: 'e-1', articles: 2 }, 202),
    });
    renderLive(
      <ExportDialog
        batches={[{ id: 'b-1', name: 'Garden', finished: 2, total: 2 }]}
        approvedOnly
        onClose={() => undefined}
      />,
    );
    const approved = screen.getByRole('checkbox', { name: /Only approved articles/ });
    expect(approved).toBeChecked();
    await userEvent.click(approved);
    await userEvent.click(approved);
    await userEvent.click(screen.getByRole('button', { name: 'Start export' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Export started: 2');
    const body = JSON.parse(String(requests('POST /api/exports')[0].init?.body));
    expect(body).toMatchObject({ batchIds: ['b-1'], approvedOnly: true });
  });

  it('says the export is ready once it is, instead of "started"', async () => {
    mockApi({ 'POST /api/exports': () => json({ id: 'e-1', articles: 2 }, 202) });
    const { client } = renderLive(
      <ExportDialog
        batches={[{ id: 'b-1', name: 'Garden', finished: 2, total: 2 }]}
        onClose={() => undefined}
      />,
    );
    client.connect();
    await userEvent.click(screen.getByRole('button', { name: 'Start export' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Export started: 2');
    const state = (id: string, status: 'SUCCEEDED' | 'FAILED') => ({
      kind: 'EXPORT_UPDATED',
      at: '2026-11-28T12:00:00Z',
      export: {
        id,
        status,
        processed: 2,
        articles: 2,
        progress: 100,
        fileName: 'x.zip',
        sizeBytes: 9,
        error: null,
        downloadUrl: '/d',
      },
    });
    client.push('/user/queue/exports', state('e-other', 'FAILED'));
    expect(screen.getByRole('status')).toHaveTextContent('Export started: 2');
    client.push('/user/queue/exports', state('e-1', 'SUCCEEDED'));
    expect(screen.getByRole('status')).toHaveTextContent('Export ready: 2 articles');
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

  it('exports all articles of a batch, the unfinished ones listed in the manifests', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(
        makeBatch({ id: 'b-1', status: 'COMPLETED', counts: { succeeded: 7, total: 10 } }),
      ),
      'POST /api/exports': () => json({ id: 'e-1', articles: 10 }, 202),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog', { name: 'Export articles' });
    expect(within(dialog).getByRole('radio', { name: 'Finished articles' })).toBeChecked();
    expect(within(dialog).queryByRole('radio', { name: /Selected articles/ })).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: /^All articles/ }));
    expect(
      within(dialog).getByRole('checkbox', { name: /Garden keywords \(10 articles\)/ }),
    ).toBeChecked();
    expect(within(dialog).getByText('10 articles × 4 formats')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Start export' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Export started: 10');
    const body = JSON.parse(String(requests('POST /api/exports')[0].init?.body));
    expect(body).toEqual({
      batchIds: ['b-1'],
      formats: ['docx', 'md', 'txt', 'html'],
      layout: 'by-format',
      include: 'all',
    });
  });

  it('exports the finished articles ticked in the list', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(
        makeBatch({ id: 'b-1', counts: { succeeded: 7, total: 10 } }),
        [
          makeArticleSummary({ id: 'a-1', keyword: 'tomatoes' }),
          makeArticleSummary({ id: 'a-2', position: 2, keyword: 'basil' }),
          makeArticleSummary({ id: 'a-3', position: 3, keyword: 'roses', status: 'FAILED' }),
        ],
      ),
      'POST /api/exports': () => json({ id: 'e-1', articles: 1 }, 202),
    });
    const { user } = renderApp('/batches/b-1');

    expect(
      await screen.findByText(
        'Tick articles to approve, reject, regenerate, delete or export them.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export selected' })).toBeNull();

    const all = screen.getByRole('checkbox', { name: 'Select the articles on this page' });
    await user.click(all);
    expect(screen.getByText('3 articles selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select tomatoes' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select roses' })).toBeChecked();
    await user.click(all);
    expect(screen.getByRole('checkbox', { name: 'Select basil' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Select basil' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select tomatoes' }));
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('button', { name: 'Export selected' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Select basil' }));
    // a failed article can be selected (to regenerate or delete it) but is not exported
    await user.click(screen.getByRole('checkbox', { name: 'Select roses' }));
    expect(screen.getByText('2 articles selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export selected' }));
    const dialog = screen.getByRole('dialog', { name: 'Export articles' });
    expect(within(dialog).getByRole('radio', { name: 'Selected articles (1)' })).toBeChecked();
    expect(within(dialog).getByText('1 articles × 4 formats')).toBeInTheDocument();
    expect(within(dialog).queryByRole('group', { name: 'Batches' })).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: 'Finished articles' }));
    expect(within(dialog).getByRole('group', { name: 'Batches' })).toBeInTheDocument();
    expect(within(dialog).getByText('7 articles × 4 formats')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Selected articles (1)' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Word (DOCX)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start export' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Export started: 1');
    const body = JSON.parse(String(requests('POST /api/exports')[0].init?.body));
    expect(body).toEqual({
      batchIds: ['b-1'],
      articleIds: ['a-2'],
      formats: ['md', 'txt', 'html'],
      layout: 'by-format',
    });
  });
  it('exports all articles matching the filter, sending the filter rather than ids', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(
        makeBatch({ id: 'b-1', counts: { succeeded: 300, total: 300 } }),
        [
          makeArticleSummary({ id: 'a-1', keyword: 'red shoes' }),
          makeArticleSummary({ id: 'a-2', position: 2, keyword: 'blue shoes' }),
        ],
        { totalElements: 240, totalPages: 3 },
      ),
      'POST /api/exports': () => json({ id: 'e-1', articles: 240 }, 202),
    });
    const { user } = renderApp('/batches/b-1?review=REJECTED&q=shoes');

    await user.click(
      await screen.findByRole('checkbox', { name: 'Select the articles on this page' }),
    );
    await user.click(screen.getByRole('button', { name: 'Select all 240 matching articles' }));
    await user.click(screen.getByRole('button', { name: 'Export selected' }));
    const dialog = screen.getByRole('dialog', { name: 'Export articles' });
    expect(
      within(dialog).getByRole('radio', { name: /All articles matching the filter \(240;/ }),
    ).toBeChecked();
    expect(within(dialog).queryByRole('group', { name: 'Batches' })).toBeNull();
    expect(within(dialog).getByText('240 articles × 4 formats')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Start export' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Export started: 240');
    const body = JSON.parse(String(requests('POST /api/exports')[0].init?.body));
    expect(body).toEqual({
      batchIds: ['b-1'],
      formats: ['docx', 'md', 'txt', 'html'],
      layout: 'by-format',
      filter: { review: 'REJECTED', search: 'shoes' },
    });
  });
});
