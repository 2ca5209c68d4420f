import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { ExportJob } from '@/types/api';

import { pollWhileBuilding } from '../../api/exports';
import { formatBytes } from '../downloads-page';

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
    scope: { batches: [{ id: 'b-1', name: 'Garden keywords' }], chosenArticles: false },
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
          scope: { batches: [{ id: 'b-2', name: 'Coffee' }], chosenArticles: true },
        }),
        makeExport({ id: 'e-3', status: 'FAILED', error: 'The node stopped', downloadUrl: null }),
      ]),
    });
    renderApp('/downloads');

    const rows = await screen.findAllByTestId('export-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByText('Succeeded')).toBeInTheDocument();
    expect(within(rows[0]).getByText('2.5 MB')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/SHA-256 abcdef012345/)).toBeInTheDocument();
    expect(within(rows[0]).getByRole('link', { name: 'Download' })).toHaveAttribute(
      'href',
      '/api/exports/e-1/download',
    );
    expect(within(rows[1]).getByText('Coffee (chosen articles)')).toBeInTheDocument();
    expect(within(rows[1]).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
    expect(within(rows[1]).queryByRole('link', { name: 'Download' })).toBeNull();
    expect(within(rows[2]).getByText('The node stopped')).toBeInTheDocument();
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

  it('formats sizes and polls only while an export is being built', () => {
    expect(formatBytes(null)).toBe('—');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(pollWhileBuilding([makeExport({ status: 'QUEUED' })])).toBe(2000);
    expect(pollWhileBuilding([makeExport()])).toBe(false);
    expect(pollWhileBuilding(undefined)).toBe(false);
  });
});
