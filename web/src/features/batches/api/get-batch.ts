import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { useLiveStatus } from '@/lib/live/live-provider';
import type { BatchDetail } from '@/types/api';

import { batchKeys, type BatchItemsParams } from './batch-keys';
import { pollWhileActive } from './polling';

// the articles grid is virtualised, so a page can be as large as the API allows
export const BATCH_ITEMS_PAGE_SIZE = 500;

export function getBatch(
  id: string,
  { page, size, status, review, q }: BatchItemsParams,
  signal?: AbortSignal,
): Promise<BatchDetail> {
  return api.get<BatchDetail>(`/api/articles/queue/${encodeURIComponent(id)}`, {
    params: { page, size, status, review, q },
    signal,
  });
}

/** With `live`, events keep the cache fresh and polling is only the fallback when offline. */
export function batchQueryOptions(id: string, params: BatchItemsParams, live = false) {
  return queryOptions({
    queryKey: batchKeys.detail(id, params),
    queryFn: ({ signal }) => getBatch(id, params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return live ? false : pollWhileActive(status ? [status] : undefined);
    },
  });
}

export function useBatch(id: string, params: BatchItemsParams) {
  return useQuery(batchQueryOptions(id, params, useLiveStatus() === 'live'));
}
