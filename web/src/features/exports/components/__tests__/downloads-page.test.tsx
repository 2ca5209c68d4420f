import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { ExportEvent, LiveExportState } from '@/lib/live/export-events';
import { page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';
import { renderApp } from '@/testing/test-utils';
import type { ExportJob } from '@/types/api';

import { OFFLINE_REFRESH_MS, refreshWhileOffline } from '../../api/exports';
import { DownloadsPage, formatBytes } from '../downloads-page';

function makeExport(overrides: Partial<ExportJob> = {}): ExportJob {
  return {
    id: 'e-1',
    owner: 'local',
    status: 'SUCCEEDED',
    progress: 100,
    articles: 120,
    processed: 120,
    formats: ['docx', 'md'],
    layout: 'by-format',
    scope: {
      batches: [{ id: 'b-1', name: 'Garden keywords' }],
      chosenArticles: false,
      include: 'finished',
    },
    fileName: 'Garden keywords-2026-11-28-1000.zip',
    sizeBytes: 2_621_440,
    sha256: 'abcdef0123456789'.repeat(4),
    error: null,
    createdAt: '2026-11-28T10:00:00Z',
    startedAt: '2026-11-28T10:00:00Z',
    finishedAt: '2026-11-28T10:00:03Z',
    expiresAt: '2026-11-29T10:00:00Z',
    downloadUrl: '/api/exports/e-1/download',
    ...overrides,
  };
}

describe('DownloadsPage', () => {
  it('lists exports with status, progress, size, checksum and a download link', async () => {
    mockApi({
      'GET /api/exports': page([
        makeExport(),
        makeExport({
          id: 'e-2',
          status: 'RUNNING',
          progress: 42,
          sizeBytes: null,
          sha256: null,
          downloadUrl: null,
          processed: 50,
          scope: {
            batches: [{ id: 'b-2', name: 'Coffee' }],
            chosenArticles: true,
            include: 'finished',
          },
        }),
        makeExport({ id: 'e-3', status: 'FAILED', error: 'The node stopped', downloadUrl: null }),
        makeExport({
          id: 'e-4',
          scope: { batches: [{ id: 'b-3', name: 'Tea' }], chosenArticles: false, include: 'all' },
        }),
      ]),
    });
    renderApp('/downloads');

    const rows = await screen.findAllByTestId('export-row');
    expect(rows).toHaveLength(4);
    expect(within(rows[0]).getByText('Succeeded')).toBeInTheDocument();
    expect(within(rows[0]).getByText('2.5 MB')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/SHA-256 abcdef012345/)).toBeInTheDocument();
    expect(within(rows[0]).getByRole('link', { name: 'Download' })).toHaveAttribute(
      'href',
      '/api/exports/e-1/download',
    );
    expect(within(rows[1]).getByText('Coffee (chosen articles)')).toBeInTheDocument();
    expect(within(rows[1]).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
    expect(within(rows[1]).getByText('50 of 120 articles')).toBeInTheDocument();
    expect(within(rows[1]).queryByRole('link', { name: 'Download' })).toBeNull();
    expect(within(rows[2]).getByText('The node stopped')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Tea (all articles)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Downloads' })).toHaveClass('nav-link--active');
  });

  it('deletes an export after confirmation', async () => {
    let jobs = [makeExport()];
    const { requests } = mockApi({
      'GET /api/exports': () => json(page(jobs)),
      'DELETE /api/exports/e-1': () => {
        jobs = [];
        return new Response(null, { status: 204 });
      },
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderApp('/downloads');

    await user.click(
      await screen.findByRole('button', {
        name: 'Delete export Garden keywords-2026-11-28-1000.zip',
      }),
    );
    expect(await screen.findByText(/No exports yet/)).toBeInTheDocument();
    expect(requests('DELETE /api/exports/e-1')).toHaveLength(1);
  });

  it('shows why the history could not be loaded', async () => {
    mockApi({
      'GET /api/exports': () => problem({ title: 'Server error', status: 500, detail: 'Boom' }),
    });
    renderApp('/downloads');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the exports');
    expect(alert).toHaveTextContent('Boom');
  });

  it('formats sizes and refreshes slowly only while building without a live connection', () => {
    expect(formatBytes(null)).toBe('—');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    const queued = [makeExport({ status: 'QUEUED' })];
    expect(refreshWhileOffline(queued, false)).toBe(OFFLINE_REFRESH_MS);
    expect(refreshWhileOffline(queued, true)).toBe(false);
    expect(refreshWhileOffline([makeExport()], false)).toBe(false);
    expect(refreshWhileOffline(undefined, false)).toBe(false);
  });

  it('moves with live events and reads the history again when it reconnects', async () => {
    let jobs = [
      makeExport({
        id: 'e-9',
        status: 'RUNNING',
        progress: 0,
        processed: 0,
        sizeBytes: null,
        sha256: null,
        downloadUrl: null,
      }),
      makeExport(),
    ];
    const { requests } = mockApi({ 'GET /api/exports': () => json(page(jobs)) });
    const { client } = renderLive(<DownloadsPage />);
    const running = (await screen.findAllByTestId('export-row'))[0];
    const firstReads = requests('GET /api/exports').length;
    client.connect(); // the page was not live yet: it reads the history again
    await vi.waitFor(() => expect(requests('GET /api/exports').length).toBe(firstReads + 1));
    await act(async () => undefined);
    const reads = requests('GET /api/exports').length;
    const change = (state: Partial<LiveExportState>): ExportEvent => ({
      kind: 'EXPORT_UPDATED',
      at: '2026-11-28T12:00:00Z',
      export: {
        id: 'e-9',
        status: 'RUNNING',
        processed: 0,
        articles: 120,
        progress: 0,
        fileName: 'Garden keywords-2026-11-28-1000.zip',
        sizeBytes: null,
        error: null,
        downloadUrl: null,
        ...state,
      },
    });

    client.push('/user/queue/exports', change({ processed: 30, progress: 25 }));
    // the query cache tells the page on its next tick
    expect(await within(running).findByText('30 of 120 articles')).toBeInTheDocument();
    expect(within(running).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
    expect(requests('GET /api/exports')).toHaveLength(reads); // applied, not read again

    jobs = [makeExport({ id: 'e-9', downloadUrl: '/api/exports/e-9/download' }), makeExport()];
    client.push(
      '/user/queue/exports',
      change({
        status: 'SUCCEEDED',
        processed: 120,
        progress: 100,
        sizeBytes: 2_621_440,
        downloadUrl: '/api/exports/e-9/download',
      }),
    );
    expect(await within(running).findByText(/SHA-256 abcdef012345/)).toBeInTheDocument();
    expect(within(running).queryByRole('progressbar')).toBeNull();
    expect(within(running).getByRole('link', { name: 'Download' })).toHaveAttribute(
      'href',
      '/api/exports/e-9/download',
    );

    const before = requests('GET /api/exports').length;
    client.drop();
    client.connect();
    await vi.waitFor(() => expect(requests('GET /api/exports').length).toBeGreaterThan(before));
  });
});
