import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Article } from '@/types/api';

import { articleKeys } from './get-article';

/** POST /api/articles/{id}/regenerate: the article goes back in the queue; answers with it. */
export function regenerateArticle(id: string): Promise<Article> {
  return api.post<Article>(`/api/articles/${encodeURIComponent(id)}/regenerate`);
}

export function useRegenerateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateArticle,
    onSuccess: (article) => {
      queryClient.setQueryData(articleKeys.detail(article.id), article);
      // its batch's counts changed too
      return queryClient.invalidateQueries({ queryKey: ['batches'] });
    },
  });
}
