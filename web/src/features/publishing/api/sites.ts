import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, request } from '@/lib/api-client';
import type { ConnectionCheck, Site, SiteChoices, SiteRequest } from '@/types/api';

/** Query keys of the publishing feature. */
export const publishingKeys = {
  all: ['publishing'] as const,
  sites: () => [...publishingKeys.all, 'sites'] as const,
  choices: (siteId: string) => [...publishingKeys.all, 'choices', siteId] as const,
  job: (jobId: string) => [...publishingKeys.all, 'job', jobId] as const,
  batch: (batchId: string) => [...publishingKeys.all, 'batch', batchId] as const,
};

const path = (id: string) => `/api/sites/${encodeURIComponent(id)}`;

export function getSites(signal?: AbortSignal): Promise<Site[]> {
  return api.get<Site[]>('/api/sites', { signal });
}

export function useSites() {
  return useQuery({ queryKey: publishingKeys.sites(), queryFn: ({ signal }) => getSites(signal) });
}

export function connectSite(body: SiteRequest): Promise<Site> {
  return api.post<Site>('/api/sites', body);
}

/** Changes a site; without `applicationPassword` the stored password is kept. */
export function changeSite({ id, ...body }: SiteRequest & { id: string }): Promise<Site> {
  return api.put<Site>(path(id), body);
}

export function removeSite(id: string): Promise<void> {
  return request<void>(path(id), { method: 'DELETE' });
}

export function testSite(id: string): Promise<ConnectionCheck> {
  return api.post<ConnectionCheck>(`${path(id)}/test`);
}

export function getChoices(id: string, signal?: AbortSignal): Promise<SiteChoices> {
  return api.get<SiteChoices>(`${path(id)}/choices`, { signal });
}

/** The site's categories, tags and authors, read from the site when a site is picked. */
export function useSiteChoices(siteId: string | undefined) {
  return useQuery({
    queryKey: publishingKeys.choices(siteId ?? ''),
    queryFn: ({ signal }) => getChoices(siteId ?? '', signal),
    enabled: Boolean(siteId),
    retry: false,
    staleTime: 60_000,
  });
}

function useSiteMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: publishingKeys.sites() }),
  });
}

export function useConnectSite() {
  return useSiteMutation(connectSite);
}

export function useChangeSite() {
  return useSiteMutation(changeSite);
}

export function useRemoveSite() {
  return useSiteMutation(removeSite);
}

export function useTestSite() {
  return useSiteMutation(testSite);
}
