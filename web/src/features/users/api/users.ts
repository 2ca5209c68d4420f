import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ApiTokenInfo, Role, User } from '@/types/api';

const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: ({ signal }) => api.get<User[]>('/api/users', { signal }),
  });
}

function useUserChange<V>(change: (variables: V) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    // a reset or a disable also revokes the account's tokens: open token lists refresh too
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

const userPath = (username: string) => `/api/users/${encodeURIComponent(username)}`;

export function useCreateUser() {
  return useUserChange((user: { username: string; password: string; role: Role }) =>
    api.post<User>('/api/users', user),
  );
}

export function useSetEnabled() {
  return useUserChange(({ username, enabled }: { username: string; enabled: boolean }) =>
    api.post<User>(`${userPath(username)}/${enabled ? 'enable' : 'disable'}`),
  );
}

export function useResetPassword() {
  return useUserChange(({ username, password }: { username: string; password: string }) =>
    api.post<User>(`${userPath(username)}/password`, { password }),
  );
}

const tokensKey = (username: string) => ['users', username, 'tokens'] as const;

/** An account's live API tokens, loaded only while the admin looks at them. */
export function useUserTokens(username: string) {
  return useQuery({
    queryKey: tokensKey(username),
    queryFn: ({ signal }) => api.get<ApiTokenInfo[]>(`${userPath(username)}/tokens`, { signal }),
  });
}

export function useRevokeUserToken(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.delete<void>(`${userPath(username)}/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey(username) }),
  });
}
