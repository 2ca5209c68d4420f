import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { useLiveStatus } from '@/lib/live/live-provider';
import type { BatchSummary, Page } from '@/types/api';

import { batchKeys } from './batch-keys';
import { pollWhileActive } from './polling';

export const BATCHES_PAGE_SIZE = 50;

export function getBatches(
  { page, size }: { page: number; size: number },
  signal?: AbortSignal,
): Promise<Page<BatchSummary>> {
  return api.get<Page<BatchSummary>>('/api/articles/queue', { params: { page, size }, signal });
}

/** With `live`, events keep the list fresh and polling is only the fallback when offline. */
export function batchesQueryOptions(page = 0, size = BATCHES_PAGE_SIZE, live = false) {
  return queryOptions({
    queryKey: batchKeys.list(page, size),
    queryFn: ({ signal }) => getBatches({ page, size }, signal),
    refetchInterval: (query) =>
      live ? false : pollWhileActive(query.state.data?.content.map((batch) => batch.status)),
  });
}

export function useBatches(page = 0, size = BATCHES_PAGE_SIZE) {
  return useQuery(batchesQueryOptions(page, size, useLiveStatus() === 'live'));
}
