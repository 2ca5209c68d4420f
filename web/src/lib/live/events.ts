import type { ArticleProgress, BulkAction, ProviderBatchPart } from '@/types/api';

/** The events of a batch as the server numbers them (see docs/progress.md). */
export type LiveBatchState = {
  name: string;
  status: 'RUNNING' | 'PAUSED' | 'COMPLETED' | 'CANCELLED';
  reason: string | null;
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  progress: number;
  /** Seconds until the batch is finished; null when not running or not known yet. */
  etaSeconds: number | null;
  /** The rate behind `etaSeconds`; null with it. */
  articlesPerMinute?: number | null;
  /** The provider's limit that sets the pace, when one does. */
  pace?: LivePace | null;
};

/** A provider's limit that sets a batch's pace: "paced at 600 requests/min, the provider's limit". */
export type LivePace = {
  limitedBy: 'requests-per-minute' | 'tokens-per-minute';
  perMinute: number;
};

export type LiveArticleState = {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  attempts: number;
  error: string | null;
  /** The written article's title and length; null unless it succeeded. */
  title: string | null;
  wordCount: number | null;
};

/**
 * Many articles of the batch moved at once (cancel, retry failed, rescue of expired leases,
 * hand-back at shutdown). Not every article in a `from` state need have moved.
 */
export type LiveArticlesMoved = {
  transition: 'CANCEL' | 'RETRY_FAILED' | 'RESCUE' | 'RELEASE' | 'FAIL';
  from: LiveArticleState['status'][];
  to: LiveArticleState['status'];
  count: number;
};

export type LiveNotification = {
  type: 'BATCH_FINISHED' | 'ARTICLES_FAILED' | 'BATCH_PAUSED' | 'BATCH_CANCELLED';
  batchName: string;
  message: string;
  count: number;
};

export type LiveEvent = {
  batchId: string;
  seq: number;
  kind:
    | 'BATCH_UPDATED'
    | 'ARTICLE_UPDATED'
    | 'NOTIFICATION'
    | 'ARTICLES_MOVED'
    | 'ARTICLE_PROGRESS'
    | 'BULK_ACTION'
    | 'PROVIDER_BATCH';
  at: string;
  batch?: LiveBatchState;
  article?: LiveArticleState;
  notification?: LiveNotification;
  moved?: LiveArticlesMoved;
  /** ARTICLE_PROGRESS: the latest figures of the articles that reported since the last one. */
  articles?: ArticleProgress[];
  /** BULK_ACTION: how far a bulk action running in the background has got. */
  bulkAction?: LiveBulkAction;
  /** PROVIDER_BATCH: a provider batch of an economy batch moved on or has new counts. */
  providerBatch?: LiveProviderBatch;
};

/** A provider batch's figures, as GET /api/articles/queue/{id}/economy gives them. */
export type LiveProviderBatch = { batchId: string; providerBatchId: string } & Pick<
  ProviderBatchPart,
  | 'provider'
  | 'state'
  | 'providerStatus'
  | 'requests'
  | 'completed'
  | 'failed'
  | 'stored'
  | 'expiresAt'
>;

/** A background bulk action's figures, as GET /api/articles/queue/{id}/actions gives them. */
export type LiveBulkAction = Pick<
  BulkAction,
  'id' | 'action' | 'status' | 'total' | 'processed' | 'changed' | 'skipped' | 'progress' | 'error'
>;

/** What to do with an incoming event, given the last number applied. */
export type Verdict = 'apply' | 'duplicate' | 'gap';

/**
 * Keeps a batch's events in order: the next number is applied, an older one ignored, and a jump
 * means events were missed and must be fetched first. Without a starting number (`last` below 0)
 * the first event received sets it: the page loaded the batch's state just before.
 */
export class SequenceTracker {
  constructor(public last = -1) {}

  get started(): boolean {
    return this.last >= 0;
  }

  judge(event: LiveEvent): Verdict {
    if (!this.started) return 'apply';
    if (event.seq <= this.last) return 'duplicate';
    return event.seq === this.last + 1 ? 'apply' : 'gap';
  }

  /** Applies events in number order, skipping what was seen; returns the ones to apply. */
  take(events: readonly LiveEvent[]): LiveEvent[] {
    const taken: LiveEvent[] = [];
    for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
      if (event.seq > this.last) {
        taken.push(event);
        this.last = event.seq;
      }
    }
    return taken;
  }
}

/** "about 12 min left", "less than a minute left", "about 2 h 5 min left"; null when unknown. */
export function formatEta(seconds: number | null | undefined): string | null {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h left` : `about ${hours} h ${rest} min left`;
}

/**
 * The tab title while a batch is open: its progress first, so it shows in a narrow tab, rounded
 * like the progress bar's number.
 */
export function progressTitle(name: string, progress: number, status: string): string {
  if (status === 'RUNNING') return `${Math.round(progress)}% · ${name} · Bulkwriter`;
  return `${name} · Bulkwriter`;
}
