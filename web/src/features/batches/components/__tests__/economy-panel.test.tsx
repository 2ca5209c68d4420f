import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeBatch, makeBatchDetail } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

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
