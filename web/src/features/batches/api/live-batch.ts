import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import type { LiveBatchState, LiveEvent } from '@/lib/live/events';
import { useBatchEvents, useLiveConnection } from '@/lib/live/live-provider';
import type { BatchDetail, BatchSummary, Page } from '@/types/api';

import { batchKeys } from './batch-keys';

/** A batch summary with a live event applied (a batch update replaces status and counts). */
export function applyToSummary<T extends BatchSummary>(batch: T, event: LiveEvent): T {
  if (event.batchId !== batch.id || event.kind !== 'BATCH_UPDATED' || !event.batch) return batch;
  const live = event.batch;
  return {
    ...batch,
    status: live.status,
    statusReason: live.reason,
    progress: live.progress,
    counts: {
      total: live.total,
      queued: live.queued,
      running: live.running,
      succeeded: live.succeeded,
      failed: live.failed,
      cancelled: live.cancelled,
    },
  };
}

/** A batch with its page of articles, with a live event applied. */
export function applyToDetail(detail: BatchDetail, event: LiveEvent): BatchDetail {
  if (event.kind === 'ARTICLE_UPDATED' && event.article) {
    const article = event.article;
    return {
      ...detail,
      items: {
        ...detail.items,
        content: detail.items.content.map((item) =>
          item.id === article.id
            ? {
                ...item,
                status: article.status,
                attempts: article.attempts,
                lastError: article.error,
                // the written result comes with the success; any other state has none
                title: article.title ?? null,
                wordCount: article.wordCount ?? null,
              }
            : item,
        ),
      },
    };
  }
  return applyToSummary(detail, event);
}

/** Applies one event to every cached view of its batch: its detail pages and the batch lists. */
export function applyToCaches(client: QueryClient, event: LiveEvent): void {
  client.setQueriesData<BatchDetail>(
    { queryKey: [...batchKeys.details(), event.batchId] },
    (old) => (old ? applyToDetail(old, event) : old),
  );
  client.setQueriesData<Page<BatchSummary>>({ queryKey: batchKeys.lists() }, (old) =>
    old ? { ...old, content: old.content.map((batch) => applyToSummary(batch, event)) } : old,
  );
  // a finished, paused or cancelled batch has new timestamps and totals: read it once more
  if (event.kind === 'BATCH_UPDATED' && event.batch && event.batch.status !== 'RUNNING') {
    void client.invalidateQueries({ queryKey: [...batchKeys.details(), event.batchId] });
  }
  // many articles moved at once, perhaps only some of those in a state (the rescuer and the
  // hand-back move some running ones), with new attempts and errors: read the shown page again
  if (event.kind === 'ARTICLES_MOVED') {
    void client.invalidateQueries({ queryKey: [...batchKeys.details(), event.batchId] });
  }
}

/** The time left and pace of a running batch, as its latest batch update told them. */
export type LiveEstimate = Pick<LiveBatchState, 'etaSeconds' | 'articlesPerMinute' | 'pace'>;

/** Keeps the open batch's caches live; returns its latest time left and pace (null before any). */
export function useLiveBatch(batchId: string | undefined): LiveEstimate | null {
  const client = useQueryClient();
  const [estimate, setEstimate] = useState<LiveEstimate | null>(null);
  useBatchEvents(batchId, (event) => {
    applyToCaches(client, event);
    if (event.kind === 'BATCH_UPDATED' && event.batch) {
      const { etaSeconds, articlesPerMinute, pace } = event.batch;
      setEstimate({ etaSeconds, articlesPerMinute, pace });
    }
  });
  return estimate;
}

/** Keeps the batch list live for the given (running or paused) batches. */
export function useLiveBatches(ids: readonly string[]): void {
  const client = useQueryClient();
  const live = useLiveConnection();
  const key = ids.join(',');
  useEffect(() => {
    if (!live || !key) return;
    const stops = key
      .split(',')
      .map((id) => live.watch(id, (event) => applyToCaches(client, event)));
    return () => stops.forEach((stop) => stop());
  }, [live, key, client]);
}
