import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { LinkGraph, LinkRun, LinkSettings, LinkSettingsRequest } from '@/types/api';

export const linkKeys = {
  all: ['links'] as const,
  graph: (batchId: string) => ['links', batchId] as const,
};

const path = (batchId: string) => `/api/articles/queue/${encodeURIComponent(batchId)}/links`;

export function getLinkGraph(batchId: string, signal?: AbortSignal): Promise<LinkGraph> {
  return api.get<LinkGraph>(path(batchId), { signal });
}

/** Adds links now; settings given are kept as the batch's. */
export function addLinks(batchId: string, settings?: LinkSettingsRequest): Promise<LinkRun> {
  return api.post<LinkRun>(path(batchId), settings);
}

export function saveLinkSettings(
  batchId: string,
  settings: LinkSettingsRequest,
): Promise<LinkSettings> {
  return api.put<LinkSettings>(`${path(batchId)}/settings`, settings);
}

/** The batch's link graph, read only while `enabled` (the panel is open). */
export function useLinkGraph(batchId: string, enabled: boolean) {
  return useQuery({
    queryKey: linkKeys.graph(batchId),
    queryFn: ({ signal }) => getLinkGraph(batchId, signal),
    enabled,
  });
}

export function useAddLinks(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings?: LinkSettingsRequest) => addLinks(batchId, settings),
    // the articles changed (new versions) as well as the graph
    onSettled: () => queryClient.invalidateQueries(),
  });
}

export function useSaveLinkSettings(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: LinkSettingsRequest) => saveLinkSettings(batchId, settings),
    onSettled: () => queryClient.invalidateQueries({ queryKey: linkKeys.graph(batchId) }),
  });
}
