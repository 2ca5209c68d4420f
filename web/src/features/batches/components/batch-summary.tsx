import { DraftTag } from '@/components/ui/draft-tag';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDateTime } from '@/lib/format';
import type { BatchSummary } from '@/types/api';

import { BatchActions } from './batch-actions';
import { BatchCounts } from './batch-counts';
import { BatchStatusCell } from './batch-status';

export type BatchSummaryCardProps = {
  batch: BatchSummary;
  /** "about 12 min left" while the batch runs and an estimate exists. */
  timeLeft?: string | null;
  /** "24 articles/min · paced at 600 requests/min, the provider's limit" while it runs. */
  pace?: string | null;
};

export function BatchSummaryCard({ batch, timeLeft, pace }: BatchSummaryCardProps) {
  return (
    <section className="card" aria-labelledby="batch-summary-title">
      <h2 id="batch-summary-title" className="visually-hidden">
        Summary
      </h2>
      <div className="summary">
        <BatchStatusCell batch={batch} />
        {batch.engine.draft && <DraftTag />}
        <div className="summary__progress">
          <ProgressBar value={batch.progress} label={`Progress of ${batch.name}`} />
          {timeLeft && <span className="muted small">{timeLeft}</span>}
          {pace && <span className="muted small">{pace}</span>}
        </div>
        <BatchCounts counts={batch.counts} />
      </div>
      <dl className="details details--inline">
        <div className="details__row">
          <dt>Created</dt>
          <dd>
            <time dateTime={batch.createdAt}>{formatDateTime(batch.createdAt)}</time>
          </dd>
        </div>
        <div className="details__row">
          <dt>Updated</dt>
          <dd>
            <time dateTime={batch.updatedAt}>{formatDateTime(batch.updatedAt)}</time>
          </dd>
        </div>
        <div className="details__row">
          <dt>Finished</dt>
          <dd>
            {batch.finishedAt ? (
              <time dateTime={batch.finishedAt}>{formatDateTime(batch.finishedAt)}</time>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      <BatchActions batch={batch} />
    </section>
  );
}
