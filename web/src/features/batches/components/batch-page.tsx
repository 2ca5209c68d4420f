import { useEffect, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';

import { ErrorMessage, NotFoundMessage } from '@/components/ui/error-message';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { humanize } from '@/lib/format';
import { formatEta, progressTitle } from '@/lib/live/events';
import { useBatchRefused } from '@/lib/live/live-provider';
import type { ArticleStatus, ArticleSummary, BatchSummary, ReviewState } from '@/types/api';

import { BATCH_ITEMS_PAGE_SIZE, useBatch } from '../api/get-batch';
import { useLiveBatch } from '../api/live-batch';
import { useWritingProgress } from '../api/writing-progress';

import { ArticlesTable, isSelectable, type ExtraArticleColumn } from './articles-table';
import { formatPace } from './batch-pace';
import { ManageBatch } from './batch-manage';
import { BatchSettingsList } from './batch-settings';
import { BatchSummaryCard } from './batch-summary';
import { BulkActionBar } from './bulk-action-bar';
import { EconomyPanel } from './economy-panel';
import { ReviewFilters, parseReview } from './review-filters';

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

/** "All matching the filter": the list's filter and how many articles it shows. */
export type MatchingArticles = {
  count: number;
  filter: { status?: ArticleStatus; review?: ReviewState; search?: string };
};

export type BatchPageProps = {
  /** Extra actions for the page header, composed in by the app (e.g. Export). */
  headerActions?: (batch: BatchSummary) => ReactNode;
  /**
   * Actions on the articles the user ticked in the list (e.g. Export selected), beside approve,
   * reject, regenerate and delete; `articleIds` are the ticked finished ones, or undefined when
   * "all matching" is selected (then `matching` says the filter and how many it shows;
   * `approvedOnly` when the list shows approved articles).
   */
  selectionActions?: (
    batch: BatchSummary,
    articleIds: string[] | undefined,
    options?: { approvedOnly: boolean; matching?: MatchingArticles },
  ) => ReactNode;
  /** An extra column of the articles list, composed in by the app (e.g. Published). */
  articleColumn?: ExtraArticleColumn;
  /** Panels shown above the articles, composed in by the app (e.g. Quality). */
  panels?: (batch: BatchSummary) => ReactNode;
  /** Extra sections below the articles, composed in by the app (e.g. Internal links). */
  sections?: (batch: BatchSummary) => ReactNode;
};

/**
 * The ticked articles of the open batch with their state when ticked (only finished ones are
 * exported); they stay ticked across pages and filters. Or "all matching" the list's filter.
 */
function useSelection(batchId: string, shown: readonly ArticleSummary[]) {
  const [selection, setSelection] = useState<{
    batchId: string;
    ids: ReadonlyMap<string, ArticleStatus>;
  }>({ batchId, ids: new Map() });
  const [allMatching, setAllMatching] = useState<string | null>(null);
  const ticked = selection.batchId === batchId ? selection.ids : new Map<string, ArticleStatus>();
  return {
    selected: new Set(ticked.keys()),
    finished: [...ticked].filter(([, status]) => status === 'SUCCEEDED').map(([id]) => id),
    onChange: (ids: Set<string>) => {
      const statuses = new Map(shown.map((a) => [a.id, a.status]));
      const next = new Map<string, ArticleStatus>();
      ids.forEach((id) => next.set(id, ticked.get(id) ?? statuses.get(id) ?? 'SUCCEEDED'));
      setAllMatching(null);
      setSelection({ batchId, ids: next });
    },
    /** Whether "all matching the filter" is selected (for this batch and filter key). */
    allMatching: (key: string) => allMatching === `${batchId} ${key}`,
    selectAllMatching: (key: string) => setAllMatching(`${batchId} ${key}`),
    clear: () => {
      setAllMatching(null);
      setSelection({ batchId, ids: new Map() });
    },
  };
}

export function BatchPage({
  headerActions,
  selectionActions,
  articleColumn,
  panels,
  sections,
}: BatchPageProps = {}) {
  const { batchId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const review = parseReview(searchParams.get('review'));
  const search = searchParams.get('q') ?? '';
  const page = parsePage(searchParams.get('page'));

  const query = useBatch(batchId, {
    page,
    size: BATCH_ITEMS_PAGE_SIZE,
    status,
    review,
    q: search || undefined,
  });
  const batch = query.data;
  const live = useLiveBatch(batchId);
  const refused = useBatchRefused(batchId);
  // live updates change articles' states in place: keep the filter true until the next read
  const shown = batch?.items.content.filter((a) => !status || a.status === status) ?? [];
  const selection = useSelection(batchId, shown);
  const writing = useWritingProgress(batchId);
  useProgressTitle(batch);
  const filterKey = `${status ?? ''} ${review ?? ''} ${search}`;
  const allMatching = selection.allMatching(filterKey);
  const selectableOnPage = shown.filter(isSelectable);
  const pageTicked =
    selectableOnPage.length > 0 && selectableOnPage.every((a) => selection.selected.has(a.id));

  const update = (next: {
    page?: number;
    status?: ArticleStatus;
    review?: ReviewState;
    q?: string;
  }) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.review) params.set('review', next.review);
    if (next.q) params.set('q', next.q);
    if (next.page) params.set('page', String(next.page));
    setSearchParams(params);
  };
  const filters = { status, review, q: search };

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
          {batch.settings.mode === 'economy' && <EconomyPanel batch={batch} />}
          <BatchSettingsList settings={batch.settings} engine={batch.engine} />
          {panels?.(batch)}
          <section className="card" aria-labelledby="batch-articles-title">
            <div className="card__header">
              <h2 id="batch-articles-title">Articles</h2>
              <label className="field field--inline">
                <span>Status</span>
                <select
                  value={status ?? ''}
                  onChange={(e) =>
                    update({ ...filters, status: parseStatus(e.target.value), page: 0 })
                  }
                >
                  <option value="">All</option>
                  {ARTICLE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {humanize(s)}
                    </option>
                  ))}
                </select>
              </label>
              <ReviewFilters
                review={review}
                search={search}
                onChange={(next) => update({ ...filters, ...next, page: 0 })}
              />
            </div>
            {selectionActions && (
              <BulkActionBar
                batchId={batch.id}
                selection={
                  allMatching
                    ? {
                        kind: 'matching',
                        count: batch.items.totalElements,
                        filter: { status, review, search: search || undefined },
                      }
                    : { kind: 'ticked', ids: [...selection.selected] }
                }
                onClear={selection.clear}
              >
                {selectionActions(batch, allMatching ? undefined : selection.finished, {
                  approvedOnly: review === 'APPROVED',
                  matching: allMatching
                    ? {
                        count: batch.items.totalElements,
                        filter: { status, review, search: search || undefined },
                      }
                    : undefined,
                })}
              </BulkActionBar>
            )}
            {selectionActions &&
              pageTicked &&
              !allMatching &&
              batch.items.totalElements > selection.selected.size && (
                <p className="small">
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => selection.selectAllMatching(filterKey)}
                  >
                    Select all {batch.items.totalElements.toLocaleString('en')} matching articles
                  </button>
                </p>
              )}
            {shown.length === 0 ? (
              <p className="muted">
                {review || search
                  ? 'No articles match the filter.'
                  : status
                    ? `No ${humanize(status).toLowerCase()} articles in this batch.`
                    : 'This batch has no articles.'}
              </p>
            ) : (
              <ArticlesTable
                articles={shown}
                selection={selectionActions ? selection : undefined}
                writing={writing}
                extraColumn={articleColumn}
              />
            )}
            <Pager
              page={batch.items.page}
              totalPages={batch.items.totalPages}
              totalElements={batch.items.totalElements}
              itemLabel="articles"
              onPageChange={(next) => update({ ...filters, page: next })}
            />
          </section>
          {sections?.(batch)}
        </>
      )}
    </div>
  );
}
