import { useQuery } from '@tanstack/react-query';

import { api, ApiError } from '@/lib/api-client';
import type { BatchEstimate } from '@/types/api';

import type { SubmitBody } from './submit-batch';

/** POST /api/articles/bulk/estimate, or null where the server offers no estimate (404). */
export async function estimateBatch(
  body: SubmitBody,
  signal?: AbortSignal,
): Promise<BatchEstimate | null> {
  try {
    return await api.post<BatchEstimate>('/api/articles/bulk/estimate', body, { signal });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return null;
    throw error;
  }
}

/**
 * The estimate of the batch as it stands. `signature` identifies the body (it changes when the
 * body does), so a 10,000-row body is not hashed by the query cache on every render.
 */
export function useEstimate(body: SubmitBody | null, signature: string) {
  return useQuery({
    queryKey: ['batch-estimate', signature],
    queryFn: ({ signal }) => estimateBatch(body as SubmitBody, signal),
    enabled: body !== null,
    retry: false,
    staleTime: Infinity,
  });
}
