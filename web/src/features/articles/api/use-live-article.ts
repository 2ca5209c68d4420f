import { useQueryClient } from '@tanstack/react-query';

import { useBatchEvents } from '@/lib/live/live-provider';

import { articleKeys } from './get-article';

/**
 * Keeps an open article fresh while its batch's live events tell of it: a save by someone else,
 * a regenerate, the queue writing it. The article and its history are read again.
 */
export function useLiveArticle(articleId: string, batchId: string | undefined) {
  const client = useQueryClient();
  useBatchEvents(batchId, (event) => {
    const changed =
      (event.kind === 'ARTICLE_UPDATED' && event.article?.id === articleId) ||
      event.kind === 'ARTICLES_MOVED';
    if (changed) void client.invalidateQueries({ queryKey: articleKeys.detail(articleId) });
  });
}
