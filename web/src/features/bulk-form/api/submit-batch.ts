import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { BatchSummary } from '@/types/api';

import type { SubmitItem } from '../utils/rows';
import type { SubmitSettings } from '../utils/settings';

export type SubmitBody = {
  name?: string;
  settings: SubmitSettings;
  items: SubmitItem[];
};

/**
 * POST /api/articles/bulk as JSON. The Idempotency-Key makes a repeated submit of the same body
 * (a double click, a retry after a timeout) return the first batch instead of a second one.
 */
export function submitBatch(body: SubmitBody, idempotencyKey: string): Promise<BatchSummary> {
  return api.post<BatchSummary>('/api/articles/bulk', body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useSubmitBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: SubmitBody; key: string }) => submitBatch(body, key),
    // the batches list shows the new batch at once
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['batches'] }),
  });
}
