import { useState } from 'react';

import type { LiveEvent } from '@/lib/live/events';
import { useBatchEvents } from '@/lib/live/live-provider';
import type { ArticleProgress } from '@/types/api';

/** Words written so far of each article being written, by article id. */
export type WritingProgress = Readonly<Record<string, ArticleProgress>>;

export const NO_WRITING: WritingProgress = {};

/**
 * The figures of running articles with a live event applied: an ARTICLE_PROGRESS event brings the
 * latest words of the articles that reported; any change of an article's state (it finished,
 * failed, was retried later, or started again) drops its figures, as does the end of the batch.
 */
export function applyToWriting(writing: WritingProgress, event: LiveEvent): WritingProgress {
  if (event.kind === 'ARTICLE_PROGRESS' && event.articles?.length) {
    const next = { ...writing };
    event.articles.forEach((article) => (next[article.id] = article));
    return next;
  }
  if (event.kind === 'ARTICLE_UPDATED' && event.article && event.article.id in writing) {
    const next = { ...writing };
    delete next[event.article.id];
    return next;
  }
  if (
    event.kind === 'BATCH_UPDATED' &&
    (event.batch?.status === 'COMPLETED' || event.batch?.status === 'CANCELLED')
  ) {
    return NO_WRITING;
  }
  return writing;
}

/** The words written so far of the open batch's running articles, kept live. */
export function useWritingProgress(batchId: string | undefined): WritingProgress {
  const [writing, setWriting] = useState<WritingProgress>(NO_WRITING);
  useBatchEvents(batchId, (event) => setWriting((current) => applyToWriting(current, event)));
  return writing;
}
