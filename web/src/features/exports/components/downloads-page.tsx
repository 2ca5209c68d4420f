import { ErrorMessage } from '@/components/ui/error-message';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { ExportJob } from '@/types/api';

import { isBuilding, useDeleteExport, useExports } from '../api/exports';
import { useLiveExports } from '../api/live-exports';

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function scopeText(job: ExportJob): string {
  const names = job.scope.batches.map((b) => b.name).join(', ');
  if (job.scope.chosenArticles) return `${names} (chosen articles)`;
  return job.scope.include === 'all' ? `${names} (all articles)` : names;
}

/**
 * The export history: status and progress, size, checksum, download and delete. Running exports
 * move with live events; without a live connection the page refreshes slowly instead.
 */
export function DownloadsPage() {
  const query = useExports();
  useLiveExports();
  const remove = useDeleteExport();
  const jobs = query.data?.content;

  return (
    <div className="page">
      <div className="page__header">
        <h1>Downloads</h1>
      </div>
      {query.isPending && <Spinner label="Loading exports…" />}
      {query.isError && (
        <ErrorMessage
          title="Could not load the exports"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {remove.isError && <ErrorMessage title="Could not delete the export" error={remove.error} />}
      {jobs && jobs.length === 0 && (
        <p className="muted">No exports yet. Start one with “Export” on a batch.</p>
      )}
      {jobs && jobs.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Exports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Scope</th>
                <th scope="col">Formats</th>
                <th scope="col">Articles</th>
                <th scope="col">Status</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} data-testid="export-row">
                  <td className="cell-time">
                    <time dateTime={job.createdAt}>{formatDateTime(job.createdAt)}</time>
                    <div className="muted small">by {job.owner}</div>
                  </td>
                  <td>{scopeText(job)}</td>
                  <td>{job.formats.join(', ')}</td>
                  <td>{formatNumber(job.articles)}</td>
                  <td className="cell-progress">
                    <StatusBadge status={job.status} />
                    {isBuilding(job.status) && (
                      <>
                        <ProgressBar
                          value={job.progress}
                          label={`Progress of export ${job.fileName}`}
                        />
                        <div className="muted small">
                          {formatNumber(job.processed)} of {formatNumber(job.articles)} articles
                        </div>
                      </>
                    )}
                    {job.error && <div className="error-text small">{job.error}</div>}
                  </td>
                  <td>
                    {formatBytes(job.sizeBytes)}
                    {job.sha256 && (
                      <div className="muted small" title={`SHA-256 ${job.sha256}`}>
                        SHA-256 {job.sha256.slice(0, 12)}…
                      </div>
                    )}
                  </td>
                  <td>
                    <div className="actions__buttons">
                      {job.downloadUrl && (
                        <a className="button" href={job.downloadUrl} download={job.fileName}>
                          Download
                        </a>
                      )}
                      <button
                        type="button"
                        className="button button--danger"
                        aria-label={`Delete export ${job.fileName}`}
                        disabled={remove.isPending}
                        onClick={() => {
                          if (window.confirm(`Delete ${job.fileName}?`)) remove.mutate(job.id);
                        }}
                      >
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
