import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { api } from '@/lib/api-client';
import { usePublishJobEvents, useLiveStatus } from '@/lib/live/live-provider';
import type { PublishEvent } from '@/lib/live/publish-events';
import type { ArticlePublication, PublishJob, PublishRequest } from '@/types/api';

import { publishingKeys } from './sites';

/**
 * Without a live connection a running job and its batch's publications are read again this often;
 * with one, the server pushes every change of the job and nothing polls.
 */
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

/** A job with a pushed change applied (the fields that change; the rest stays). */
export function applyToJob(job: PublishJob, event: PublishEvent): PublishJob {
  const { at, ...state } = event.job;
  return job.id === state.id ? { ...job, ...state, updatedAt: at } : job;
}

/**
 * Applies a pushed change to the cached job, and has the batches' publications (their posts and
 * links) read again: they changed with it.
 */
export function applyPublishEvent(client: QueryClient, event: PublishEvent): void {
  client.setQueryData<PublishJob>(publishingKeys.job(event.job.id), (old) =>
    old ? applyToJob(old, event) : old,
  );
  void client.invalidateQueries({ queryKey: [...publishingKeys.all, 'batch'] });
}

/**
 * Keeps publish jobs live: pushed changes are applied as they come, and jobs and publications are
 * read again whenever the connection becomes live after it was not (changes in between were not
 * kept). Answers whether the page is live; when it is not, the queries poll instead.
 */
function useLivePublishing(): boolean {
  const client = useQueryClient();
  const status = useLiveStatus();
  const previous = useRef(status);
  usePublishJobEvents((event) => applyPublishEvent(client, event));
  useEffect(() => {
    if (status === 'live' && previous.current !== 'live' && previous.current !== null) {
      void client.invalidateQueries({ queryKey: publishingKeys.all });
    }
    previous.current = status;
  }, [status, client]);
  return status === 'live';
}

/** A job, kept up to date by pushed changes (read again every 1.5 s only while not live). */
export function usePublishJob(id: string | undefined) {
  const live = useLivePublishing();
  return useQuery({
    queryKey: publishingKeys.job(id ?? ''),
    queryFn: ({ signal }) => getJob(id ?? '', signal),
    enabled: Boolean(id),
    refetchInterval: (query) =>
      !live && query.state.data?.status === 'RUNNING' ? PUBLISH_REFRESH_MS : false,
  });
}

export function useJobAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: JobAction }) => runJobAction(id, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: publishingKeys.all }),
  });
}

/**
 * The batch's publications by article id, read again when a job pushes a change (and every 1.5 s
 * while any is on its way and the page is not live).
 */
export function useBatchPublications(batchId: string) {
  const live = useLivePublishing();
  return useQuery({
    queryKey: publishingKeys.batch(batchId),
    queryFn: ({ signal }) => getPublications(batchId, signal),
    refetchInterval: (query) =>
      !live && publishing(query.state.data) ? PUBLISH_REFRESH_MS : false,
  });
}
