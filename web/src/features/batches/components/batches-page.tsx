import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import type { BatchSummary } from '@/types/api';

import {
  DEFAULT_LIST,
  effectiveOrder,
  isFiltered,
  parseListParams,
  toApiParams,
  toSearchParams,
  type BatchListParams,
  type BatchSort,
} from '../api/batch-list-params';
import { BATCHES_PAGE_SIZE, useBatches } from '../api/get-batches';
import { useLiveBatches } from '../api/live-batch';
import { isActive } from '../api/polling';

import './batch-list.css';
import { BatchListControls } from './batch-list-controls';
import { BatchesEmpty } from './batches-empty';
import { BatchesTable } from './batches-table';
import { DeletionsStatus } from './deletions-status';

export type BatchesPageProps = {
  /** Extra actions for the page header, composed in by the app (e.g. Export). */
  headerActions?: (batches: BatchSummary[]) => ReactNode;
  /** Whether the signed-in user may narrow the list to one owner (admins). */
  canFilterOwner?: boolean;
};

export function BatchesPage({ headerActions, canFilterOwner = false }: BatchesPageProps = {}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const query = useBatches(params.page, BATCHES_PAGE_SIZE, toApiParams(params));
  const { data } = query;
  useLiveBatches(
    data?.content.filter((batch) => isActive(batch.status)).map((batch) => batch.id) ?? [],
  );

  /** A change of search, filter or order starts again at the first page. */
  const update = (next: Partial<BatchListParams>) =>
    setSearchParams(toSearchParams({ ...params, page: 0, ...next }));
  const order = effectiveOrder(params);
  const sortBy = (by: BatchSort) =>
    update(
      by === params.sort
        ? { sort: by, order: order === 'asc' ? 'desc' : 'asc' }
        : { sort: by, order: undefined },
    );
  const filtered = isFiltered(params);

  return (
    <div className="page">
      <div className="page__header">
        <h1>Batches</h1>
        {data && data.content.length > 0 && headerActions?.(data.content)}
        {query.isFetching && !query.isPending && (
          <span className="muted small" aria-live="polite">
            Refreshing…
          </span>
        )}
      </div>
      {(filtered || (data && data.totalElements > 0)) && (
        <BatchListControls params={params} canFilterOwner={canFilterOwner} onChange={update} />
      )}
      <DeletionsStatus />
      {query.isPending && <Spinner label="Loading batches…" />}
      {query.isError && (
        <ErrorMessage
          title={data ? 'Could not refresh the batches' : 'Could not load the batches'}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {data &&
        data.content.length === 0 &&
        (filtered || params.page > 0 ? (
          <p className="muted" role="status">
            No batches match.{' '}
            <button
              type="button"
              className="button button--link"
              onClick={() => setSearchParams(toSearchParams(DEFAULT_LIST))}
            >
              Show all batches
            </button>
          </p>
        ) : (
          <BatchesEmpty />
        ))}
      {data && data.content.length > 0 && (
        <>
          <BatchesTable batches={data.content} sort={{ by: params.sort, order }} onSort={sortBy} />
          <Pager
            page={data.page}
            totalPages={data.totalPages}
            totalElements={data.totalElements}
            itemLabel="batches"
            onPageChange={(next) => setSearchParams(toSearchParams({ ...params, page: next }))}
          />
        </>
      )}
    </div>
  );
}
