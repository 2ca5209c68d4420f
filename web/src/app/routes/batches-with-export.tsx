import { useMe } from '@/features/auth/api/auth';
import { BatchPage } from '@/features/batches/components/batch-page';
import { BatchesPage } from '@/features/batches/components/batches-page';
import { ExportButton } from '@/features/exports/components/export-button';
import { LinksPanel } from '@/features/linking/components/links-panel';
import { PublishButton } from '@/features/publishing/components/publish-button';
import { publishedColumn } from '@/features/publishing/components/publication-status';
import { QualityPanel } from '@/features/quality/components/quality-panel';
import type { BatchSummary } from '@/types/api';

/**
 * Features do not import one another: the Export and Publish buttons, the Published column and
 * the Quality panel and the Internal links section are composed into the batch screens here.
 */
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
      headerActions={(batch) => (
        <>
          <ExportButton batches={[exportable(batch)]} />
          <PublishButton
            batchId={batch.id}
            batchName={batch.name}
            written={batch.counts.succeeded}
          />
        </>
      )}
      selectionActions={(batch, articleIds, options) => (
        <>
          <ExportButton
            batches={[exportable(batch)]}
            articleIds={articleIds}
            approvedOnly={options?.approvedOnly}
            matching={options?.matching}
          />
          <PublishButton
            batchId={batch.id}
            batchName={batch.name}
            written={batch.counts.succeeded}
            articleIds={articleIds}
            matching={options?.matching}
          />
        </>
      )}
      articleColumn={publishedColumn}
      panels={(batch) => <QualityPanel batchId={batch.id} running={batch.status === 'RUNNING'} />}
      sections={(batch) =>
        batch.counts.succeeded > 0 && (
          <LinksPanel batchId={batch.id} written={batch.counts.succeeded} />
        )
      }
    />
  );
}
