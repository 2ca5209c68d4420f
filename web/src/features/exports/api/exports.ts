import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';

import { POLL_INTERVAL_MS } from '@/config/constants';
import { api, request } from '@/lib/api-client';
import type { ExportJob, ExportRequest, ExportStatus, Page } from '@/types/api';

export const EXPORTS_PAGE_SIZE = 50;

/** Query keys of the exports feature. */
export const exportKeys = {
  all: ['exports'] as const,
  list: (page: number) => [...exportKeys.all, 'list', page] as const,
};

const ACTIVE: ReadonlySet<ExportStatus> = new Set<ExportStatus>(['QUEUED', 'RUNNING']);

/** Poll while any export is still being built; otherwise stop. */
export function pollWhileBuilding(exports: readonly ExportJob[] | undefined): number | false {
  return exports?.some((e) => ACTIVE.has(e.status)) ? POLL_INTERVAL_MS : false;
}

export function getExports(page = 0, signal?: AbortSignal): Promise<Page<ExportJob>> {
  return api.get<Page<ExportJob>>('/api/exports', {
    params: { page, size: EXPORTS_PAGE_SIZE },
    signal,
  });
}

export function exportsQueryOptions(page = 0) {
  return queryOptions({
    queryKey: exportKeys.list(page),
    queryFn: ({ signal }) => getExports(page, signal),
    refetchInterval: (query) => pollWhileBuilding(query.state.data?.content),
  });
}

export function useExports(page = 0) {
  return useQuery(exportsQueryOptions(page));
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
