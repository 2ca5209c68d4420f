import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Template, TemplateInput } from '@/types/api';

/**
 * Team templates (`/api/templates`): shared by the Templates page and the bulk form's picker, so
 * both read one cached list and a change in one shows in the other.
 */
export const templatesKey = ['templates'] as const;

const templatePath = (id: string) => `/api/templates/${encodeURIComponent(id)}`;

/** The caller's own templates and the shared ones (an admin: every template), by name. */
export function useTemplates() {
  return useQuery({
    queryKey: templatesKey,
    queryFn: ({ signal }) => api.get<Template[]>('/api/templates', { signal }),
  });
}

function useTemplateChange<V, R>(change: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

export function useCreateTemplate() {
  return useTemplateChange((input: TemplateInput) => api.post<Template>('/api/templates', input));
}

export function useUpdateTemplate() {
  return useTemplateChange(({ id, input }: { id: string; input: TemplateInput }) =>
    api.put<Template>(templatePath(id), input),
  );
}

export function useDeleteTemplate() {
  return useTemplateChange((id: string) => api.delete<void>(templatePath(id)));
}
