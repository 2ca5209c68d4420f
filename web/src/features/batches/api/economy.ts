import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { EconomySummary } from '@/types/api';

import { batchKeys } from './batch-keys';

const economyKey = (id: string) => [...batchKeys.all, 'economy', id] as const;

export function getEconomy(id: string, signal?: AbortSignal): Promise<EconomySummary> {
  return api.get<EconomySummary>(`/api/articles/queue/${encodeURIComponent(id)}/economy`, {
    signal,
  });
}

/** The provider batches of an economy batch, asked again every 10 s while it runs. */
export function useEconomy(id: string, running: boolean) {
  return useQuery({
    queryKey: economyKey(id),
    queryFn: ({ signal }) => getEconomy(id, signal),
    refetchInterval: running ? 10_000 : false,
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
