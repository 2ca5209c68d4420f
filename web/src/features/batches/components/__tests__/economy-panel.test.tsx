import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { makeBatch, makeBatchDetail } from '@/testing/data';
import { json, mockApi } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';
import { renderApp } from '@/testing/test-utils';

import { BatchPage } from '../batch-page';

const ECONOMY = 'GET /api/articles/queue/b-1/economy';
const FINISH = 'POST /api/articles/queue/b-1/finish-realtime';

const economyBatch = makeBatch({
  settings: { ...makeBatch().settings, mode: 'economy' },
});

const summary = {
  requests: 10_000,
  done: 3_420,
  expectedBy: '2026-11-29T10:00:00Z',
  providerBatches: [
    {
      id: 'p-1',
      provider: 'openai',
      state: 'SUBMITTED',
      providerStatus: 'in_progress',
      requests: 10_000,
      completed: 3_400,
      failed: 20,
      stored: 0,
      expiresAt: '2026-11-29T10:00:00Z',
      lastError: null,
      createdAt: '2026-11-28T10:00:00Z',
      finishedAt: null,
    },
  ],
};

describe('EconomyPanel', () => {
  it('shows how far the provider is and finishes the rest in realtime on request', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(economyBatch, []),
      [ECONOMY]: summary,
      [FINISH]: { ...summary, requests: 0, done: 0, expectedBy: null },
    });
    const { user } = renderApp('/batches/b-1');

    expect(await screen.findByTestId('economy-progress')).toHaveTextContent(
      'At the provider: 3,420 of 10,000 done · expected by',
    );
    expect(screen.getByText('SUBMITTED (in_progress)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Finish now in realtime' }));
    expect(requests(FINISH)).toHaveLength(1);
  });

  it('reads the provider batches again when a live event says one moved on, without polling', async () => {
    let answered = 0;
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(economyBatch, []),
      [ECONOMY]: () => {
        answered++;
        const done = answered === 1 ? 3_420 : 10_000;
        return json({ ...summary, done });
      },
    });
    const { client } = renderLive(
      <Routes>
        <Route path="/batches/:batchId" element={<BatchPage selectionActions={() => null} />} />
      </Routes>,
      '/batches/b-1',
    );
    client.connect();

    expect(await screen.findByTestId('economy-progress')).toHaveTextContent(
      'At the provider: 3,420 of 10,000 done',
    );
    client.push('/topic/batches.b-1', [
      {
        batchId: 'b-1',
        seq: 1,
        kind: 'PROVIDER_BATCH',
        at: '2026-11-28T12:00:00Z',
        providerBatch: {
          batchId: 'b-1',
          providerBatchId: 'p-1',
          provider: 'anthropic',
          state: 'SUBMITTED',
          providerStatus: 'ended',
          requests: 10_000,
          completed: 9_990,
          failed: 10,
          stored: 0,
          expiresAt: '2026-11-29T10:00:00Z',
        },
      },
    ]);

    await waitFor(() =>
      expect(screen.getByTestId('economy-progress')).toHaveTextContent(
        'At the provider: 10,000 of 10,000 done',
      ),
    );
    expect(requests(ECONOMY)).toHaveLength(2);
  });

  it('is not shown for a realtime batch', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': makeBatchDetail(makeBatch(), []),
    });
    renderApp('/batches/b-1');

    expect(await screen.findByRole('heading', { name: 'Garden keywords' })).toBeInTheDocument();
    expect(screen.queryByText('Economy mode')).not.toBeInTheDocument();
    expect(requests(ECONOMY)).toHaveLength(0);
  });
});
