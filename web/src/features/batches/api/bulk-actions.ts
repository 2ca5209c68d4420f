import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BulkAction, BulkActionRequest } from '@/types/api';

import { batchKeys } from './batch-keys';

/** POST /api/articles/queue/{id}/actions: done at once (200) or queued in the background (202). */
export function runBulkAction(batchId: string, request: BulkActionRequest): Promise<BulkAction> {
  return api.post<BulkAction>(
    `/api/articles/queue/${encodeURIComponent(batchId)}/actions`,
    request,
  );
}

/** GET /api/articles/queue/{id}/actions: the batch's latest bulk actions, newest first. */
export function getBulkActions(batchId: string, signal?: AbortSignal): Promise<BulkAction[]> {
  return api.get<BulkAction[]>(`/api/articles/queue/${encodeURIComponent(batchId)}/actions`, {
    signal,
  });
}

export function useRunBulkAction(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: BulkActionRequest) => runBulkAction(batchId, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: batchKeys.all }),
  });
}

export const BULK_POLL_MS = 1_000;

/** Follows one background action until it finishes (polling its batch's list of actions). */
export function useBulkActionProgress(batchId: string, actionId: string | null) {
  return useQuery({
    queryKey: [...batchKeys.all, 'actions', batchId],
    queryFn: ({ signal }) => getBulkActions(batchId, signal),
    enabled: actionId !== null,
    refetchInterval: (query) => {
      const action = query.state.data?.find((a) => a.id === actionId);
      return action && (action.status === 'SUCCEEDED' || action.status === 'FAILED')
        ? false
        : BULK_POLL_MS;
    },
    select: (actions) => actions.find((a) => a.id === actionId),
  });
}
