import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-client';
import type { BatchDeletion, BatchSummary } from '@/types/api';

import { batchKeys } from './batch-keys';

const queue = (id: string) => `/api/articles/queue/${encodeURIComponent(id)}`;

export function renameBatch(id: string, name: string): Promise<BatchSummary> {
  return request<BatchSummary>(queue(id), { method: 'PATCH', body: { name } });
}

export function setArchived(id: string, archived: boolean): Promise<BatchSummary> {
  return request<BatchSummary>(`${queue(id)}/${archived ? 'archive' : 'unarchive'}`, {
    method: 'POST',
  });
}

export function deleteBatch(id: string): Promise<BatchDeletion> {
  return request<BatchDeletion>(queue(id), { method: 'DELETE' });
}

export function getDeletions(signal?: AbortSignal): Promise<BatchDeletion[]> {
  return request<BatchDeletion[]>('/api/articles/queue/deletions', { signal });
}

export const deletionsKey = [...batchKeys.all, 'deletions'] as const;

/** Every change refreshes every batch screen (lists, the batch page and deletions in progress). */
function useBatchMutation<T, V>(run: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: batchKeys.all }),
  });
}

export function useRenameBatch() {
  return useBatchMutation(({ id, name }: { id: string; name: string }) => renameBatch(id, name));
}

export function useSetArchived() {
  return useBatchMutation(({ id, archived }: { id: string; archived: boolean }) =>
    setArchived(id, archived),
  );
}

export function useDeleteBatch() {
  return useBatchMutation((id: string) => deleteBatch(id));
}

/** Batches being deleted, asked again every second while there are some. */
export function useDeletions() {
  return useQuery({
    queryKey: deletionsKey,
    queryFn: ({ signal }) => getDeletions(signal),
    refetchInterval: (query) => ((query.state.data?.length ?? 0) > 0 ? 1000 : false),
  });
}
