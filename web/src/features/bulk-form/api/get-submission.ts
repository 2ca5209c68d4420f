import { api } from '@/lib/api-client';
import type { BatchSubmission } from '@/types/api';

/** GET /api/articles/queue/{id}/submission: a batch as it was submitted, to start a copy. */
export function getSubmission(batchId: string, signal?: AbortSignal): Promise<BatchSubmission> {
  return api.get<BatchSubmission>(`/api/articles/queue/${encodeURIComponent(batchId)}/submission`, {
    signal,
  });
}
