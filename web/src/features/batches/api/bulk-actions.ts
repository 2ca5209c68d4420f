import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { LiveEvent } from '@/lib/live/events';
import { useBatchEvents, useLiveStatus } from '@/lib/live/live-provider';
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

/** Polling of a running action's figures, only while live events are not arriving. */
export const BULK_POLL_MS = 1_000;

/** The batch's list of actions with a live event's figures applied to the action it is about. */
export function applyBulkEvent(
  actions: BulkAction[] | undefined,
  event: LiveEvent,
): BulkAction[] | undefined {
  const live = event.bulkAction;
  if (!actions || event.kind !== 'BULK_ACTION' || !live) return actions;
  return actions.map((action) => (action.id === live.id ? { ...action, ...live } : action));
}

/**
 * Follows one background action until it finishes: read once, then kept up to date by the
 * batch's live events (BULK_ACTION); polled only while the live connection is down.
 */
export function useBulkActionProgress(batchId: string, actionId: string | null) {
  const client = useQueryClient();
  const live = useLiveStatus() === 'live';
  const queryKey = [...batchKeys.all, 'actions', batchId];
  useBatchEvents(actionId ? batchId : undefined, (event) => {
    if (event.kind !== 'BULK_ACTION') return;
    const known = client.getQueryData<BulkAction[]>(queryKey);
    if (known?.some((a) => a.id === event.bulkAction?.id)) {
      client.setQueryData<BulkAction[]>(queryKey, (old) => applyBulkEvent(old, event));
    } else {
      // an action the list read before it existed: read the list again
      void client.invalidateQueries({ queryKey });
    }
  });
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => getBulkActions(batchId, signal),
    enabled: actionId !== null,
    refetchInterval: (query) => {
      const action = query.state.data?.find((a) => a.id === actionId);
      return (action && (action.status === 'SUCCEEDED' || action.status === 'FAILED')) || live
        ? false
        : BULK_POLL_MS;
    },
    select: (actions) => actions.find((a) => a.id === actionId),
  });
}
