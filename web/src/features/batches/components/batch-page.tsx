import { useEffect, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';

import { ErrorMessage, NotFoundMessage } from '@/components/ui/error-message';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { humanize } from '@/lib/format';
import { formatEta, progressTitle } from '@/lib/live/events';
import { useBatchRefused } from '@/lib/live/live-provider';
import type { ArticleStatus, BatchSummary } from '@/types/api';

import { BATCH_ITEMS_PAGE_SIZE, useBatch } from '../api/get-batch';
import { useLiveBatch } from '../api/live-batch';
import { useWritingProgress } from '../api/writing-progress';

import { ArticlesTable } from './articles-table';
import { formatPace } from './batch-pace';
import { ManageBatch } from './batch-manage';
import { BatchSettingsList } from './batch-settings';
import { BatchSummaryCard } from './batch-summary';

const ARTICLE_STATUSES: readonly ArticleStatus[] = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
];

function parseStatus(value: string | null): ArticleStatus | undefined {
  return ARTICLE_STATUSES.find((s) => s === value);
}

/** The tab shows the open batch's progress, so it can be watched from another tab. */
function useProgressTitle(batch: BatchSummary | undefined) {
  useEffect(() => {
    if (!batch) return;
    const before = document.title;
    document.title = progressTitle(batch.name, batch.progress, batch.status);
    return () => {
      document.title = before;
    };
  }, [batch]);
}

/** A paused batch or failed articles stay visible here, whatever the toasts did. */
function BatchAlert({ batch }: { batch: BatchSummary }) {
  if (batch.status === 'PAUSED') {
    return (
      <div className="alert alert--warning" role="alert">
        <strong>This batch is paused.</strong> {batch.statusReason ?? ''}
      </div>
    );
  }
  if (batch.counts.failed > 0) {
    return (
      <div className="alert alert--error" role="alert">
        <strong>
          {batch.counts.failed === 1
            ? '1 article failed.'
            : `${batch.counts.failed} articles failed.`}
        </strong>{' '}
        Filter by “Failed” to see why, or retry them.
      </div>
    );
  }
  return null;
}

/** The API refuses pages outside 0 to 2^31 - 1 with 400; a hand-edited URL falls back to 0. */
const MAX_PAGE = 2_147_483_647;

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 && page <= MAX_PAGE ? page : 0;
}

export type BatchPageProps = {
  /** Extra actions for the page header, composed in by the app (e.g. Export). */
  headerActions?: (batch: BatchSummary) => ReactNode;
  /**
   * Actions on the articles the user ticked in the list (e.g. Export selected); the list has
   * checkboxes only when this is given.
   */
  selectionActions?: (batch: BatchSummary, articleIds: string[]) => ReactNode;
};

/** The ticked articles of the open batch; they stay ticked across pages and filters. */
function useSelection(batchId: string) {
  const [selection, setSelection] = useState<{ batchId: string; ids: ReadonlySet<string> }>({
    batchId,
    ids: new Set(),
  });
  const selected = selection.batchId === batchId ? selection.ids : new Set<string>();
  return {
    selected,
    onChange: (ids: Set<string>) => setSelection({ batchId, ids }),
  };
}

function SelectionBar({
  count,
  onClear,
  children,
}: {
  count: number;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <div className="selection-bar">
      <span aria-live="polite">
        {count === 0
          ? 'Tick finished articles to export just those.'
          : `${count === 1 ? '1 article' : `${count} articles`} selected`}
      </span>
      {count > 0 && (
        <button type="button" className="button button--link" onClick={onClear}>
          Clear selection
        </button>
      )}
      {children}
    </div>
  );
}

export function BatchPage({ headerActions, selectionActions }: BatchPageProps = {}) {
  const { batchId = '' } = useParams();
  const selection = useSelection(batchId);
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const page = parsePage(searchParams.get('page'));

  const query = useBatch(batchId, { page, size: BATCH_ITEMS_PAGE_SIZE, status });
  const batch = query.data;
  const live = useLiveBatch(batchId);
  const refused = useBatchRefused(batchId);
  // live updates change articles' states in place: keep the filter true until the next read
  const shown = batch?.items.content.filter((a) => !status || a.status === status) ?? [];
  const writing = useWritingProgress(batchId);
  useProgressTitle(batch);

  const update = (next: { page?: number; status?: ArticleStatus }) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.page) params.set('page', String(next.page));
    setSearchParams(params);
  };

  return (
    <div className="page">
      <div className="page__header">
        <h1>{batch ? batch.name : 'Batch'}</h1>
        {batch && headerActions?.(batch)}
        {batch && <ManageBatch batch={batch} />}
        {query.isFetching && !query.isPending && (
          <span className="muted small" aria-live="polite">
            Refreshing…
          </span>
        )}
      </div>
      {query.isPending && <Spinner label="Loading batch…" />}
      {query.isError ? (
        <ErrorMessage
          title={batch ? 'Could not refresh the batch' : 'Could not load the batch'}
          error={query.error}
          onRetry={() => void query.refetch()}
          notFound="Batch not found"
        />
      ) : (
        refused && !batch && <NotFoundMessage title="Batch not found" />
      )}
      {batch && (
        <>
          <BatchAlert batch={batch} />
          <BatchSummaryCard
            batch={batch}
            timeLeft={batch.status === 'RUNNING' ? formatEta(live?.etaSeconds) : null}
            pace={
              batch.status === 'RUNNING' ? formatPace(live?.articlesPerMinute, live?.pace) : null
            }
          />
          <BatchSettingsList settings={batch.settings} engine={batch.engine} />
          <section className="card" aria-labelledby="batch-articles-title">
            <div className="card__header">
              <h2 id="batch-articles-title">Articles</h2>
              <label className="field field--inline">
                <span>Status</span>
                <select
                  value={status ?? ''}
                  onChange={(e) => update({ status: parseStatus(e.target.value), page: 0 })}
                >
                  <option value="">All</option>
                  {ARTICLE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {humanize(s)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {selectionActions && batch.counts.succeeded > 0 && (
              <SelectionBar
                count={selection.selected.size}
                onClear={() => selection.onChange(new Set())}
              >
                {selectionActions(batch, [...selection.selected])}
              </SelectionBar>
            )}
            {shown.length === 0 ? (
              <p className="muted">
                {status
                  ? `No ${humanize(status).toLowerCase()} articles in this batch.`
                  : 'This batch has no articles.'}
              </p>
            ) : (
              <ArticlesTable
                articles={shown}
                selection={selectionActions ? selection : undefined}
                writing={writing}
              />
            )}
            <Pager
              page={batch.items.page}
              totalPages={batch.items.totalPages}
              totalElements={batch.items.totalElements}
              itemLabel="articles"
              onPageChange={(next) => update({ status, page: next })}
            />
          </section>
        </>
      )}
    </div>
  );
}
