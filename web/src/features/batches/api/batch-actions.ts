import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BatchSummary } from '@/types/api';

import { batchKeys } from './batch-keys';

export type BatchAction = 'pause' | 'resume' | 'cancel' | 'retry-failed';

/** POST /api/articles/queue/{id}/{action}; answers with the updated batch summary. */
export function runBatchAction(id: string, action: BatchAction): Promise<BatchSummary> {
  return api.post<BatchSummary>(`/api/articles/queue/${encodeURIComponent(id)}/${action}`);
}

export function useBatchAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: BatchAction }) => runBatchAction(id, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: batchKeys.all }),
  });
}
