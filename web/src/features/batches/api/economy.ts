import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { useBatchEvents, useLiveStatus } from '@/lib/live/live-provider';
import type { EconomySummary } from '@/types/api';

import { batchKeys } from './batch-keys';

const economyKey = (id: string) => [...batchKeys.all, 'economy', id] as const;

export function getEconomy(id: string, signal?: AbortSignal): Promise<EconomySummary> {
  return api.get<EconomySummary>(`/api/articles/queue/${encodeURIComponent(id)}/economy`, {
    signal,
  });
}

/** Polling of a running batch's provider batches, only while live events are not arriving. */
export const ECONOMY_POLL_MS = 10_000;

/**
 * The provider batches of an economy batch: read again whenever the batch's live events say one of
 * them moved on (PROVIDER_BATCH); polled every 10 s while it runs only when the live connection is
 * down.
 */
export function useEconomy(id: string, running: boolean) {
  const client = useQueryClient();
  const live = useLiveStatus() === 'live';
  useBatchEvents(id, (event) => {
    if (event.kind === 'PROVIDER_BATCH')
      void client.invalidateQueries({ queryKey: economyKey(id) });
  });
  return useQuery({
    queryKey: economyKey(id),
    queryFn: ({ signal }) => getEconomy(id, signal),
    refetchInterval: running && !live ? ECONOMY_POLL_MS : false,
  });
}

/** POST …/finish-realtime: cancel the provider batches, write the rest one call per article. */
export function useFinishRealtime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<EconomySummary>(`/api/articles/queue/${encodeURIComponent(id)}/finish-realtime`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: batchKeys.all }),
  });
}
