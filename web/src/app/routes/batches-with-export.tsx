import { useMe } from '@/features/auth/api/auth';
import { BatchPage } from '@/features/batches/components/batch-page';
import { BatchesPage } from '@/features/batches/components/batches-page';
import { ExportButton } from '@/features/exports/components/export-button';
import type { BatchSummary } from '@/types/api';

/** Features do not import one another: the Export buttons are composed into the batch screens here. */
function exportable(batch: BatchSummary) {
  return {
    id: batch.id,
    name: batch.name,
    finished: batch.counts.succeeded,
    total: batch.counts.total,
  };
}

export function BatchesRoute() {
  const me = useMe();
  return (
    <BatchesPage
      headerActions={(batches) => <ExportButton batches={batches.map(exportable)} />}
      canFilterOwner={me.data?.role === 'ADMIN'}
    />
  );
}

export function BatchRoute() {
  return (
    <BatchPage
      headerActions={(batch) => <ExportButton batches={[exportable(batch)]} />}
      selectionActions={(batch, articleIds) => (
        <ExportButton batches={[exportable(batch)]} articleIds={articleIds} />
      )}
    />
  );
}
