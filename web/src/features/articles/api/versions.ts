import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, request } from '@/lib/api-client';
import type { ArticleEdit, ArticleVersion, VersionDiff, VersionSummary } from '@/types/api';

import { articleKeys } from './get-article';

export const versionKeys = {
  all: (id: string) => [...articleKeys.detail(id), 'versions'] as const,
  list: (id: string) => [...versionKeys.all(id), 'list'] as const,
  one: (id: string, version: number) => [...versionKeys.all(id), 'one', version] as const,
  diff: (id: string, from: number, to: number) =>
    [...versionKeys.all(id), 'diff', from, to] as const,
};

const base = (id: string) => `/api/articles/${encodeURIComponent(id)}`;

/** An article's ETag for a version: its number in quotes. */
export const etag = (version: number) => `"${version}"`;

/**
 * PUT /api/articles/{id}: saves the edit as the next version, if the article is still at
 * `version` (412 otherwise, 409 when it is being written again).
 */
export function saveArticle(id: string, version: number, edit: ArticleEdit) {
  return request<ArticleVersion>(base(id), {
    method: 'PUT',
    body: edit,
    headers: { 'If-Match': etag(version) },
  });
}

/** POST …/versions/{n}/restore: version `restore` becomes the next version. */
export function restoreVersion(id: string, restore: number, current: number) {
  return api.post<ArticleVersion>(`${base(id)}/versions/${restore}/restore`, undefined, {
    headers: { 'If-Match': etag(current) },
  });
}

export function useVersions(id: string) {
  return useQuery(
    queryOptions({
      queryKey: versionKeys.list(id),
      queryFn: ({ signal }) => api.get<VersionSummary[]>(`${base(id)}/versions`, { signal }),
    }),
  );
}

export function useVersionDiff(id: string, from: number, to: number, enabled: boolean) {
  return useQuery({
    queryKey: versionKeys.diff(id, from, to),
    queryFn: ({ signal }) =>
      api.get<VersionDiff>(`${base(id)}/diff`, { params: { from, to }, signal }),
    enabled,
    staleTime: Infinity, // two stored versions never change
  });
}

/** After a save or restore: the article and its history are read again. */
function useRefreshArticle() {
  const client = useQueryClient();
  return (id: string) => client.invalidateQueries({ queryKey: articleKeys.detail(id) });
}

export function useSaveArticle(id: string) {
  const refresh = useRefreshArticle();
  return useMutation({
    mutationFn: ({ version, edit }: { version: number; edit: ArticleEdit }) =>
      saveArticle(id, version, edit),
    onSuccess: () => refresh(id),
  });
}

export function useRestoreVersion(id: string) {
  const refresh = useRefreshArticle();
  return useMutation({
    mutationFn: ({ restore, current }: { restore: number; current: number }) =>
      restoreVersion(id, restore, current),
    onSuccess: () => refresh(id),
  });
}
