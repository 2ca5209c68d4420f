import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { LiveConnection } from '@/lib/live/connection';
import { formatEta, type LiveEvent } from '@/lib/live/events';
import { LiveProvider } from '@/lib/live/live-provider';
import { makeArticleSummary, makeBatchDetail } from '@/testing/data';
import { fakeStompClient } from '@/testing/fake-stomp';
import { createTestQueryClient } from '@/testing/test-utils';
import type { BatchDetail } from '@/types/api';

import { formatPace } from '../../components/batch-pace';
import { batchKeys } from '../batch-keys';
import { useLiveBatch } from '../live-batch';

const KEY = batchKeys.detail('b-1', { page: 0, size: 500 });

/** The articles of batch b-1 as the page shows them, kept live. */
function Articles({ load }: { load: () => Promise<BatchDetail> }) {
  const batch = useQuery({ queryKey: KEY, queryFn: load });
  useLiveBatch('b-1');
  return (
    <ul>
      {batch.data?.items.content.map((article) => (
        <li key={article.id}>{`${article.keyword}: ${article.status}`}</li>
      ))}
    </ul>
  );
}

/** The time left and pace of batch b-1 as the batch page words them. */
function TimeLeft() {
  const live = useLiveBatch('b-1');
  return (
    <p>
      {formatEta(live?.etaSeconds) ?? 'no estimate'}
      {' | '}
      {formatPace(live?.articlesPerMinute, live?.pace) ?? 'no rate'}
    </p>
  );
}

/** Renders `ui` under a live connection through a fake STOMP client, which it returns. */
function renderLive(ui: ReactElement) {
  const client = fakeStompClient();
  const live = new LiveConnection({ fetchEvents: vi.fn(), createClient: () => client });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <LiveProvider connection={live}>{ui}</LiveProvider>
    </QueryClientProvider>,
  );
  return client;
}

function connect(client: ReturnType<typeof fakeStompClient>) {
  act(() => {
    client.connected = true;
    client.onConnect({} as never);
  });
}

describe('useLiveBatch', () => {
  it('tells the time left, the rate and the binding provider limit of the latest update', () => {
    const client = renderLive(<TimeLeft />);
    expect(screen.getByText('no estimate | no rate')).toBeInTheDocument();
    connect(client);
    const update: LiveEvent = {
      batchId: 'b-1',
      seq: 1,
      kind: 'BATCH_UPDATED',
      at: '2026-11-28T12:00:00Z',
      batch: {
        name: 'Coffee',
        status: 'RUNNING',
        reason: null,
        total: 2000,
        queued: 1400,
        running: 20,
        succeeded: 580,
        failed: 0,
        cancelled: 0,
        progress: 29,
        etaSeconds: 142,
        articlesPerMinute: 600,
        pace: { limitedBy: 'requests-per-minute', perMinute: 600 },
      },
    };
    act(() => client.handlers.get('/topic/batches.b-1')?.({ body: JSON.stringify(update) }));
    expect(
      screen.getByText(
        "about 2 min left | 600 articles/min · paced at 600 requests/min, the provider's limit",
      ),
    ).toBeInTheDocument();
  });

  it('shows the new states of articles moved at once without a reload', async () => {
    const articles = (status: 'QUEUED' | 'CANCELLED') =>
      makeBatchDetail({ id: 'b-1' }, [
        makeArticleSummary({ id: 'a-1', keyword: 'tomatoes', status }),
        makeArticleSummary({ id: 'a-2', keyword: 'compost', status }),
      ]);
    const load = vi
      .fn<() => Promise<BatchDetail>>()
      .mockResolvedValueOnce(articles('QUEUED'))
      .mockResolvedValue(articles('CANCELLED'));
    const client = renderLive(<Articles load={load} />);
    expect(await screen.findByText('tomatoes: QUEUED')).toBeInTheDocument();
    connect(client);

    const moved: LiveEvent = {
      batchId: 'b-1',
      seq: 4,
      kind: 'ARTICLES_MOVED',
      at: '2026-11-28T12:00:00Z',
      moved: { transition: 'CANCEL', from: ['QUEUED', 'RUNNING'], to: 'CANCELLED', count: 2 },
    };
    act(() => client.handlers.get('/topic/batches.b-1')?.({ body: JSON.stringify(moved) }));

    expect(await screen.findByText('tomatoes: CANCELLED')).toBeInTheDocument();
    expect(screen.getByText('compost: CANCELLED')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
