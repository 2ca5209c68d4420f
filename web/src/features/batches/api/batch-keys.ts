import type { ArticleStatus, ReviewState } from '@/types/api';

export type BatchItemsParams = {
  page: number;
  size: number;
  status?: ArticleStatus;
  review?: ReviewState;
  /** Text in the keyword or title. */
  q?: string;
};

/** Query keys of the batches feature: invalidating `batchKeys.all` refreshes every batch screen. */
export const batchKeys = {
  all: ['batches'] as const,
  lists: () => [...batchKeys.all, 'list'] as const,
  list: (page: number, size: number, filter: object = {}) =>
    [...batchKeys.lists(), { page, size, ...filter }] as const,
  details: () => [...batchKeys.all, 'detail'] as const,
  detail: (id: string, params: BatchItemsParams) => [...batchKeys.details(), id, params] as const,
};
