import type { ReactNode } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import type { BatchSummary } from '@/types/api';

import { useBatches } from '../api/get-batches';
import { useLiveBatches } from '../api/live-batch';
import { isActive } from '../api/polling';

import { BatchesEmpty } from './batches-empty';
import { BatchesTable } from './batches-table';

export type BatchesPageProps = {
  /** Extra actions for the page header, composed in by the app (e.g. Export). */
  headerActions?: (batches: BatchSummary[]) => ReactNode;
};

export function BatchesPage({ headerActions }: BatchesPageProps = {}) {
  const query = useBatches();
  const { data } = query;
  useLiveBatches(
    data?.content.filter((batch) => isActive(batch.status)).map((batch) => batch.id) ?? [],
  );

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
      {query.isPending && <Spinner label="Loading batches…" />}
      {query.isError && (
        <ErrorMessage
          title={data ? 'Could not refresh the batches' : 'Could not load the batches'}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {data && data.content.length === 0 && <BatchesEmpty />}
      {data && data.content.length > 0 && (
        <>
          <BatchesTable batches={data.content} />
          {data.totalElements > data.content.length && (
            <p className="muted small">
              Showing the newest {data.content.length} of {data.totalElements} batches.
            </p>
          )}
        </>
      )}
    </div>
  );
}
