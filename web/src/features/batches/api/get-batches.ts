import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type QueryParams } from '@/lib/api-client';
import { useLiveStatus } from '@/lib/live/live-provider';
import type { BatchSummary, Page } from '@/types/api';

import { batchKeys } from './batch-keys';
import { pollWhileActive } from './polling';

export const BATCHES_PAGE_SIZE = 50;

export function getBatches(
  { page, size, filter }: { page: number; size: number; filter?: QueryParams },
  signal?: AbortSignal,
): Promise<Page<BatchSummary>> {
  return api.get<Page<BatchSummary>>('/api/articles/queue', {
    params: { page, size, ...filter },
    signal,
  });
}

/** With `live`, events keep the list fresh and polling is only the fallback when offline. */
export function batchesQueryOptions(
  page = 0,
  size = BATCHES_PAGE_SIZE,
  live = false,
  filter: QueryParams = {},
) {
  return queryOptions({
    queryKey: batchKeys.list(page, size, filter),
    queryFn: ({ signal }) => getBatches({ page, size, filter }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      live ? false : pollWhileActive(query.state.data?.content.map((batch) => batch.status)),
  });
}

export function useBatches(page = 0, size = BATCHES_PAGE_SIZE, filter: QueryParams = {}) {
  return useQuery(batchesQueryOptions(page, size, useLiveStatus() === 'live', filter));
}
