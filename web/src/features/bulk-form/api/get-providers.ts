import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, ApiError } from '@/lib/api-client';
import type { Provider } from '@/types/api';

/** What every Bulkwriter server can write with, whether or not it lists providers. */
export const OFFLINE_PROVIDER: Provider = {
  name: 'offline',
  label: 'Offline draft engine',
  draft: true,
  models: ['draft-1'],
};

/** GET /api/providers; a server that does not have the endpoint yet (404) has the offline engine. */
export async function getProviders(signal?: AbortSignal): Promise<Provider[]> {
  try {
    const providers = await api.get<Provider[]>('/api/providers', { signal });
    return Array.isArray(providers) && providers.length > 0 ? providers : [OFFLINE_PROVIDER];
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [OFFLINE_PROVIDER];
    throw error;
  }
}

export function providersQueryOptions() {
  return queryOptions({
    queryKey: ['providers'],
    queryFn: ({ signal }) => getProviders(signal),
    staleTime: 5 * 60_000,
  });
}

export function useProviders() {
  return useQuery(providersQueryOptions());
}
