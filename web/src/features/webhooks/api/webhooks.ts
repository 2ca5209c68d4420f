import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, request } from '@/lib/api-client';
import type {
  Page,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookRequest,
  WebhookSecret,
} from '@/types/api';

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  eventTypes: () => [...webhookKeys.all, 'event-types'] as const,
  deliveries: (id: string) => [...webhookKeys.all, id, 'deliveries'] as const,
};

const webhookPath = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`;

/** While a delivery is on its way, the log reads again this often. */
export const DELIVERY_POLL_MS = 2_000;

export function useWebhooks(options: { staleTime?: number } = {}) {
  return useQuery({
    queryKey: webhookKeys.list(),
    queryFn: ({ signal }) => api.get<WebhookEndpoint[]>('/api/webhooks', { signal }),
    ...options,
  });
}

/** The event types an endpoint can subscribe to: the server's one list. */
export function useEventTypes() {
  return useQuery({
    queryKey: webhookKeys.eventTypes(),
    queryFn: ({ signal }) => api.get<string[]>('/api/webhooks/event-types', { signal }),
    staleTime: Infinity,
  });
}

function useWebhookChange<V, R>(change: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useCreateWebhook() {
  return useWebhookChange((request: WebhookRequest) =>
    api.post<WebhookSecret>('/api/webhooks', request),
  );
}

export function useUpdateWebhook() {
  return useWebhookChange(({ id, change }: { id: string; change: WebhookRequest }) =>
    request<WebhookEndpoint>(webhookPath(id), { method: 'PUT', body: change }),
  );
}

export function useDeleteWebhook() {
  return useWebhookChange((id: string) => api.delete<void>(webhookPath(id)));
}

export function useRotateSecret() {
  return useWebhookChange((id: string) =>
    api.post<WebhookSecret>(`${webhookPath(id)}/rotate-secret`),
  );
}

export function useSendTest() {
  return useWebhookChange((id: string) =>
    api.post<{ deliveryId: string }>(`${webhookPath(id)}/test`),
  );
}

/** An endpoint's delivery log, read again while any delivery is still on its way. */
export function useDeliveries(id: string) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id),
    queryFn: ({ signal }) =>
      api.get<Page<WebhookDelivery>>(`${webhookPath(id)}/deliveries`, {
        signal,
        params: { size: 20 },
      }),
    refetchInterval: (query) =>
      query.state.data?.content.some((d) => d.status === 'PENDING' || d.status === 'DELIVERING')
        ? DELIVERY_POLL_MS
        : false,
  });
}

/** The request that saves an endpoint as it is, changing only what is given. */
export function requestOf(
  endpoint: WebhookEndpoint,
  change: Partial<WebhookRequest> = {},
): WebhookRequest {
  return {
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    ...change,
  };
}
