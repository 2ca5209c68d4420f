import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ApiTokenInfo, Me } from '@/types/api';

export const authKeys = {
  me: ['auth', 'me'] as const,
  tokens: ['auth', 'tokens'] as const,
};

export const meQueryOptions = queryOptions({
  queryKey: authKeys.me,
  queryFn: ({ signal }) => api.get<Me>('/api/auth/me', { signal }),
  retry: false,
  staleTime: 60_000,
});

/** The signed-in user; a 401 error means nobody is. */
export function useMe() {
  return useQuery(meQueryOptions);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      api.post<Me>('/api/auth/login', credentials),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    // whatever the answer, nothing of the old session may stay on screen
    onSettled: () => queryClient.clear(),
  });
}

export function useTokens() {
  return useQuery({
    queryKey: authKeys.tokens,
    queryFn: ({ signal }) => api.get<ApiTokenInfo[]>('/api/auth/tokens', { signal }),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<{ token: string }>('/api/auth/tokens', { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.tokens }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/auth/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.tokens }),
  });
}

/** Changes the signed-in user's password; their other sessions end, this one goes on. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (change: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/auth/password', change),
  });
}
