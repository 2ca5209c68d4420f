import { Link } from 'react-router';

import { DraftTag } from '@/components/ui/draft-tag';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import type { BatchSummary } from '@/types/api';

import type { BatchSort } from '../api/batch-list-params';
import { shownProgress } from '../utils/progress';

import { BatchActions } from './batch-actions';
import { BatchCounts } from './batch-counts';
import { BatchStatusCell } from './batch-status';
import { SortHeader, type SortState } from './sort-header';

const SORT_LABELS: Record<BatchSort, string> = {
  created: 'creation time',
  name: 'name',
  status: 'status',
  articles: 'number of articles',
};

export type BatchesTableProps = {
  batches: BatchSummary[];
  /** The list's order; with `onSort` the headers of sortable columns are buttons. */
  sort?: SortState;
  onSort?: (by: BatchSort) => void;
};

export function BatchesTable({ batches, sort, onSort }: BatchesTableProps) {
  const caption = sort
    ? `Batches by ${SORT_LABELS[sort.by]}, ${sort.order === 'asc' ? 'ascending' : 'descending'}`
    : 'Batches, newest first';
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortHeader by="name" sort={sort} onSort={onSort}>
              Name
            </SortHeader>
            <SortHeader by="created" sort={sort} onSort={onSort}>
              Created
            </SortHeader>
            <SortHeader by="status" sort={sort} onSort={onSort}>
              Status
            </SortHeader>
            <th scope="col">Progress</th>
            <SortHeader by="articles" sort={sort} onSort={onSort}>
              Articles
            </SortHeader>
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
                  {batch.archivedAt && (
                    <>
                      {' '}
                      <span className="tag tag--archived">Archived</span>
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
