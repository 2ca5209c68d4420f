import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import { api, request } from '@/lib/api-client';
import { useLiveStatus } from '@/lib/live/live-provider';
import type { ExportJob, ExportRequest, ExportStatus, Page } from '@/types/api';

export const EXPORTS_PAGE_SIZE = 50;

/**
 * Without a live connection the history is read again this often while an export is being built;
 * with one, live events keep it fresh and nothing polls.
 */
export const OFFLINE_REFRESH_MS = 10_000;

/** Query keys of the exports feature. */
export const exportKeys = {
  all: ['exports'] as const,
  lists: () => [...exportKeys.all, 'list'] as const,
  list: (page: number) => [...exportKeys.lists(), page] as const,
};

const ACTIVE: ReadonlySet<ExportStatus> = new Set<ExportStatus>(['QUEUED', 'RUNNING']);

export function isBuilding(status: ExportStatus): boolean {
  return ACTIVE.has(status);
}

/** Refresh slowly while an export is being built and the page is not live; otherwise never. */
export function refreshWhileOffline(
  exports: readonly ExportJob[] | undefined,
  live: boolean,
): number | false {
  return !live && exports?.some((e) => isBuilding(e.status)) ? OFFLINE_REFRESH_MS : false;
}

export function getExports(page = 0, signal?: AbortSignal): Promise<Page<ExportJob>> {
  return api.get<Page<ExportJob>>('/api/exports', {
    params: { page, size: EXPORTS_PAGE_SIZE },
    signal,
  });
}

export function exportsQueryOptions(page = 0, live = false) {
  return queryOptions({
    queryKey: exportKeys.list(page),
    queryFn: ({ signal }) => getExports(page, signal),
    refetchInterval: (query) => refreshWhileOffline(query.state.data?.content, live),
  });
}

export function useExports(page = 0) {
  return useQuery(exportsQueryOptions(page, useLiveStatus() === 'live'));
}

export function createExport(body: ExportRequest): Promise<ExportJob> {
  return api.post<ExportJob>('/api/exports', body);
}

export function deleteExport(id: string): Promise<void> {
  return request<void>(`/api/exports/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

function refresh(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: exportKeys.all });
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createExport, onSettled: () => refresh(queryClient) });
}

export function useDeleteExport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteExport, onSettled: () => refresh(queryClient) });
}
