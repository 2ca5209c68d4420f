import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Role, User } from '@/types/api';

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
