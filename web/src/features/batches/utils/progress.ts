import type { BatchSummary } from '@/types/api';

/**
 * The share of a batch's articles that were written (or failed for good), for its bar. The
 * server's progress counts cancelled articles as done, which makes a cancelled batch look
 * complete; its bar shows what was actually written.
 */
export function shownProgress(batch: Pick<BatchSummary, 'status' | 'progress' | 'counts'>): number {
  const { counts } = batch;
  if (batch.status !== 'CANCELLED' || counts.total === 0) return batch.progress;
  return ((counts.succeeded + counts.failed) / counts.total) * 100;
}
