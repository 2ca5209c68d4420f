import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
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

export function batchesQueryOptions(page = 0, size = BATCHES_PAGE_SIZE) {
  return queryOptions({
    queryKey: batchKeys.list(page, size),
    queryFn: ({ signal }) => getBatches({ page, size }, signal),
    refetchInterval: (query) =>
      pollWhileActive(query.state.data?.content.map((batch) => batch.status)),
  });
}

export function useBatches(page = 0, size = BATCHES_PAGE_SIZE) {
  return useQuery(batchesQueryOptions(page, size));
}
