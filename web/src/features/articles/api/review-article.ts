import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Article, ReviewState } from '@/types/api';

import { articleKeys } from './get-article';

export type ReviewInput = { id: string; state: ReviewState; note?: string };

/** POST /api/articles/{id}/review: approve, reject with a note, or back to unreviewed. */
export function reviewArticle({ id, state, note }: ReviewInput): Promise<Article> {
  return api.post<Article>(`/api/articles/${encodeURIComponent(id)}/review`, { state, note });
}

export function useReviewArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewArticle,
    onSuccess: (article) => {
      queryClient.setQueryData(articleKeys.detail(article.id), article);
      // the batch's list shows review states
      return queryClient.invalidateQueries({ queryKey: ['batches'] });
    },
  });
}
