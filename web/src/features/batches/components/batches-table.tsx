import { Link } from 'react-router';

import { DraftTag } from '@/components/ui/draft-tag';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import type { BatchSummary } from '@/types/api';

import { shownProgress } from '../utils/progress';

import { BatchActions } from './batch-actions';
import { BatchCounts } from './batch-counts';
import { BatchStatusCell } from './batch-status';

export function BatchesTable({ batches }: { batches: BatchSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Batches, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">Articles</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id} data-testid="batch-row">
              <td>
                <Link to={paths.batch.getHref(batch.id)} className="batch-name">
                  {batch.name}
                </Link>
                <div className="muted small">
                  by {batch.owner} · {batch.engine.label}
                  {batch.engine.draft && (
                    <>
                      {' '}
                      <DraftTag />
                    </>
                  )}
                </div>
              </td>
              <td className="cell-time">
                <time dateTime={batch.createdAt}>{formatDateTime(batch.createdAt)}</time>
              </td>
              <td>
                <BatchStatusCell batch={batch} />
              </td>
              <td className="cell-progress">
                <ProgressBar value={shownProgress(batch)} label={`Progress of ${batch.name}`} />
              </td>
              <td>
                <BatchCounts counts={batch.counts} />
              </td>
              <td>
                <BatchActions batch={batch} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
