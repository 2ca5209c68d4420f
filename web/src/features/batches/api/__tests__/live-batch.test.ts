import { describe, expect, it } from 'vitest';

import type { LiveEvent } from '@/lib/live/events';
import { makeArticleSummary, makeBatch, makeBatchDetail, page } from '@/testing/data';
import { createTestQueryClient } from '@/testing/test-utils';

import { batchKeys } from '../batch-keys';
import { applyToCaches, applyToDetail, applyToSummary } from '../live-batch';

const batchUpdated = (batchId: string, status: 'RUNNING' | 'COMPLETED' = 'RUNNING'): LiveEvent => ({
  batchId,
  seq: 7,
  kind: 'BATCH_UPDATED',
  at: '2026-11-28T12:00:00Z',
  batch: {
    name: 'Garden keywords',
    status,
    reason: null,
    total: 10,
    queued: 1,
    running: 1,
    succeeded: 7,
    failed: 1,
    cancelled: 0,
    progress: 80,
    etaSeconds: 30,
  },
});

describe('live batch reducer', () => {
  it('a batch update replaces status, counts and progress', () => {
    const batch = makeBatch({ id: 'b-1' });
    const next = applyToSummary(batch, batchUpdated('b-1'));
    expect(next.progress).toBe(80);
    expect(next.counts).toEqual({
      total: 10,
      queued: 1,
      running: 1,
      succeeded: 7,
      failed: 1,
      cancelled: 0,
    });
    expect(applyToSummary(batch, batchUpdated('other'))).toBe(batch);
  });

  it('an article update changes its row only', () => {
    const detail = makeBatchDetail({}, [
      makeArticleSummary({ id: 'a-1', status: 'QUEUED' }),
      makeArticleSummary({ id: 'a-2', status: 'QUEUED' }),
    ]);
    const next = applyToDetail(detail, {
      batchId: detail.id,
      seq: 3,
      kind: 'ARTICLE_UPDATED',
      at: '2026-11-28T12:00:00Z',
      article: {
        id: 'a-2',
        status: 'FAILED',
        attempts: 5,
        error: 'Failed: boom',
        title: null,
        wordCount: null,
      },
    });
    expect(next.items.content.map((a) => a.status)).toEqual(['QUEUED', 'FAILED']);
    expect(next.items.content[1].lastError).toBe('Failed: boom');
    expect(next.items.content[1].attempts).toBe(5);
  });

  it('a succeeded article shows its title and length without a reload', () => {
    const detail = makeBatchDetail({}, [
      makeArticleSummary({ id: 'a-1', status: 'SUCCEEDED' }),
      makeArticleSummary({ id: 'a-2', status: 'RUNNING', title: null, wordCount: null }),
    ]);
    const next = applyToDetail(detail, {
      batchId: detail.id,
      seq: 3,
      kind: 'ARTICLE_UPDATED',
      at: '2026-11-28T12:00:00Z',
      article: {
        id: 'a-2',
        status: 'SUCCEEDED',
        attempts: 1,
        error: null,
        title: 'Cold brew at home',
        wordCount: 912,
      },
    });
    expect(next.items.content[1]).toMatchObject({
      status: 'SUCCEEDED',
      title: 'Cold brew at home',
      wordCount: 912,
    });
  });

  it('patches every cached view of the batch', () => {
    const client = createTestQueryClient();
    const detail = makeBatchDetail({ id: 'b-1' });
    const detailKey = batchKeys.detail('b-1', { page: 0, size: 500 });
    client.setQueryData(detailKey, detail);
    const listKey = batchKeys.list(0, 50);
    client.setQueryData(listKey, page([makeBatch({ id: 'b-1' }), makeBatch({ id: 'b-2' })]));
    applyToCaches(client, batchUpdated('b-1', 'COMPLETED'));
    expect(client.getQueryData<typeof detail>(detailKey)?.status).toBe('COMPLETED');
    const list =
      client.getQueryData<ReturnType<typeof page<ReturnType<typeof makeBatch>>>>(listKey);
    expect(list?.content.map((b) => b.progress)).toEqual([80, makeBatch().progress]);
  });

  it('many articles moving at once makes the batch page read its articles again', () => {
    const client = createTestQueryClient();
    const detailKey = batchKeys.detail('b-1', { page: 0, size: 500 });
    const otherKey = batchKeys.detail('b-2', { page: 0, size: 500 });
    const listKey = batchKeys.list(0, 50);
    const detail = makeBatchDetail({ id: 'b-1' }, [
      makeArticleSummary({ id: 'a-1', status: 'RUNNING' }),
    ]);
    client.setQueryData(detailKey, detail);
    client.setQueryData(otherKey, makeBatchDetail({ id: 'b-2' }));
    client.setQueryData(listKey, page([makeBatch({ id: 'b-1' })]));

    applyToCaches(client, {
      batchId: 'b-1',
      seq: 9,
      kind: 'ARTICLES_MOVED',
      at: '2026-11-28T12:00:00Z',
      moved: { transition: 'RELEASE', from: ['RUNNING'], to: 'QUEUED', count: 1 },
    });

    expect(client.getQueryState(detailKey)?.isInvalidated).toBe(true);
    // what the page shows stays until the fresh page arrives
    expect(client.getQueryData(detailKey)).toBe(detail);
    expect(client.getQueryState(otherKey)?.isInvalidated).toBe(false);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(false);
  });
});
