import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ArticlePublication, PublishJob, PublishRequest } from '@/types/api';

import { publishingKeys } from './sites';

/** How often a running job and its batch's publications are read again. */
export const PUBLISH_REFRESH_MS = 1_500;

const ACTIVE = new Set(['QUEUED', 'RUNNING']);

export function startPublishing(body: PublishRequest): Promise<PublishJob> {
  return api.post<PublishJob>('/api/publish-jobs', body);
}

export function getJob(id: string, signal?: AbortSignal): Promise<PublishJob> {
  return api.get<PublishJob>(`/api/publish-jobs/${encodeURIComponent(id)}`, { signal });
}

export type JobAction = 'pause' | 'resume' | 'cancel';

export function runJobAction(id: string, action: JobAction): Promise<PublishJob> {
  return api.post<PublishJob>(`/api/publish-jobs/${encodeURIComponent(id)}/${action}`);
}

export function getPublications(
  batchId: string,
  signal?: AbortSignal,
): Promise<ArticlePublication[]> {
  return api.get<ArticlePublication[]>(`/api/publications/batches/${encodeURIComponent(batchId)}`, {
    signal,
  });
}

/** Whether any publication is still on its way: then the list is read again. */
export function publishing(publications: readonly ArticlePublication[] | undefined): boolean {
  return publications?.some((p) => ACTIVE.has(p.state)) ?? false;
}

export function useStartPublishing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startPublishing,
    onSettled: () => queryClient.invalidateQueries({ queryKey: publishingKeys.all }),
  });
}

/** A job, read again while it runs so its progress moves. */
export function usePublishJob(id: string | undefined) {
  return useQuery({
    queryKey: publishingKeys.job(id ?? ''),
    queryFn: ({ signal }) => getJob(id ?? '', signal),
    enabled: Boolean(id),
    refetchInterval: (query) =>
      query.state.data?.status === 'RUNNING' ? PUBLISH_REFRESH_MS : false,
  });
}

export function useJobAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: JobAction }) => runJobAction(id, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: publishingKeys.all }),
  });
}

/** The batch's publications by article id, read again while any is on its way. */
export function useBatchPublications(batchId: string) {
  return useQuery({
    queryKey: publishingKeys.batch(batchId),
    queryFn: ({ signal }) => getPublications(batchId, signal),
    refetchInterval: (query) => (publishing(query.state.data) ? PUBLISH_REFRESH_MS : false),
  });
}
