import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';

import { useBatches } from '../api/get-batches';

import { BatchesEmpty } from './batches-empty';
import { BatchesTable } from './batches-table';

export function BatchesPage() {
  const query = useBatches();
  const { data } = query;

  return (
    <div className="page">
      <div className="page__header">
        <h1>Batches</h1>
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
