import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type {
  ArticleQuality,
  BulkAction,
  FailingArticle,
  Page,
  QualityCheckName,
  QualitySummary,
} from '@/types/api';

/** Failing articles shown per page of the quality panel. */
export const FAILING_PAGE_SIZE = 20;

/** What the panel filters by: one check, or ANY (failing any check). */
export type QualityFilter = QualityCheckName | 'ANY';

export const qualityKeys = {
  all: ['quality'] as const,
  batch: (batchId: string) => ['quality', batchId] as const,
};

function batchPath(batchId: string) {
  return `/api/articles/queue/${encodeURIComponent(batchId)}`;
}

export function getQualitySummary(batchId: string, signal?: AbortSignal) {
  return api.get<QualitySummary>(`${batchPath(batchId)}/quality`, { signal });
}

export function getFailingArticles(
  batchId: string,
  fails: QualityFilter,
  page: number,
  signal?: AbortSignal,
) {
  return api.get<Page<FailingArticle>>(`${batchPath(batchId)}/quality/articles`, {
    params: { fails: fails === 'ANY' ? undefined : fails, page, size: FAILING_PAGE_SIZE },
    signal,
  });
}

/** GET /api/articles/{articleId}/quality: one article's checks. */
export function getArticleQuality(articleId: string, signal?: AbortSignal) {
  return api.get<ArticleQuality>(`/api/articles/${encodeURIComponent(articleId)}/quality`, {
    signal,
  });
}

/** How often an article's pending checks are read again. */
export const PENDING_POLL_MS = 1_000;

/**
 * One article's checks; read again when the article gets a new version, and every second while
 * they are pending (the quality runner checks a written article moments after it was stored).
 */
export function useArticleQuality(articleId: string, version: number) {
  return useQuery({
    queryKey: [...qualityKeys.all, 'article', articleId, version],
    queryFn: ({ signal }) => getArticleQuality(articleId, signal),
    refetchInterval: (query) => (query.state.data?.pending ? PENDING_POLL_MS : false),
  });
}

/** How often the panel reads again while the batch is being written or checked. */
export const QUALITY_POLL_MS = 5_000;

/**
 * The batch's quality summary, read again every few seconds while the batch runs or articles wait
 * for their checks (not on every article written: a batch can finish hundreds a second) and once
 * more when it stops.
 */
export function useQualitySummary(batchId: string, running: boolean) {
  return useQuery({
    queryKey: [...qualityKeys.batch(batchId), 'summary', running],
    queryFn: ({ signal }) => getQualitySummary(batchId, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      running || (query.state.data?.pending ?? 0) > 0 ? QUALITY_POLL_MS : false,
  });
}

export function useFailingArticles(
  batchId: string,
  fails: QualityFilter | null,
  page: number,
  running: boolean,
) {
  return useQuery({
    queryKey: [...qualityKeys.batch(batchId), 'failing', fails, page, running],
    queryFn: ({ signal }) => getFailingArticles(batchId, fails ?? 'ANY', page, signal),
    enabled: fails !== null,
    placeholderData: keepPreviousData,
    refetchInterval: running ? QUALITY_POLL_MS : false,
  });
}

/**
 * "Regenerate the articles that fail": the review module's bulk action on all articles matching
 * the quality filter (the server resolves them, so it works for 10,000 as for 1).
 */
export function useRegenerateFailing(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fails: QualityFilter) =>
      api.post<BulkAction>(`${batchPath(batchId)}/actions`, {
        action: 'REGENERATE',
        filter: { fails },
      }),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
