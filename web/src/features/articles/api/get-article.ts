import { queryOptions, useQuery } from '@tanstack/react-query';

import { POLL_INTERVAL_MS } from '@/config/constants';
import { api } from '@/lib/api-client';
import type { Article, ArticleStatus } from '@/types/api';

export const articleKeys = {
  all: ['articles'] as const,
  detail: (id: string) => [...articleKeys.all, id] as const,
};

const UNFINISHED: ReadonlySet<ArticleStatus> = new Set<ArticleStatus>(['QUEUED', 'RUNNING']);

export function getArticle(id: string, signal?: AbortSignal): Promise<Article> {
  return api.get<Article>(`/api/articles/${encodeURIComponent(id)}`, { signal });
}

export function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: articleKeys.detail(id),
    queryFn: ({ signal }) => getArticle(id, signal),
    // Keep an unfinished article fresh until it is written (or fails).
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && UNFINISHED.has(status) ? POLL_INTERVAL_MS : false;
    },
  });
}

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
