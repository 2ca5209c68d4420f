import './quality.css';

import { useState } from 'react';
import { Link } from 'react-router';

import { Pager } from '@/components/ui/pager';
import { paths } from '@/config/paths';
import { getErrorMessage } from '@/lib/api-client';
import type { BulkAction, QualitySummary } from '@/types/api';

import {
  useFailingArticles,
  useQualitySummary,
  useRegenerateFailing,
  type QualityFilter,
} from '../api/quality';

import { QualityBadges } from './quality-badges';

export type QualityPanelProps = {
  batchId: string;
  /** Whether the batch is being written: the panel then reads again every few seconds. */
  running: boolean;
};

function plural(count: number, word: string) {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

/** How many articles the filter takes, from the summary. */
export function failingCount(summary: QualitySummary, filter: QualityFilter): number {
  if (filter === 'ANY') return summary.failing;
  return summary.checks.find((c) => c.check === filter)?.failing ?? 0;
}

/** What a finished (or queued) regenerate says. */
export function describeRegenerate(action: BulkAction): string {
  const articles = plural(action.total, 'article');
  if (action.status === 'QUEUED' || action.status === 'RUNNING') {
    return `Regenerating ${articles} in the background.`;
  }
  const skipped = action.skipped > 0 ? ` (${plural(action.skipped, 'article')} skipped)` : '';
  return `Regenerating ${plural(action.changed, 'article')}${skipped}.`;
}

/**
 * The batch's quality checks: how many finished articles fail each check, a filter "fails check
 * X" listing them with a badge per failed check, and "Regenerate the articles that fail".
 */
export function QualityPanel({ batchId, running }: QualityPanelProps) {
  const summary = useQualitySummary(batchId, running);
  const [filter, setFilter] = useState<QualityFilter | null>(null);
  const [page, setPage] = useState(0);
  const choose = (next: QualityFilter) => {
    setFilter(filter === next ? null : next);
    setPage(0);
  };
  // a batch the API does not answer for (or a failure) leaves the page as it was
  if (!summary.data) return null;
  const { checked, pending, failing, checks } = summary.data;
  return (
    <section className="card quality-panel" aria-labelledby="quality-title">
      <div className="card__header">
        <h2 id="quality-title">Quality</h2>
        <span className="muted small">
          {checked === 0
            ? 'Articles are checked as they are written.'
            : `${plural(checked, 'article')} checked · ${failing.toLocaleString('en')} fail at least one check`}
          {pending > 0 && ` · ${plural(pending, 'article')} waiting for their checks`}
        </span>
      </div>
      {checked > 0 && (
        <div className="quality-checks" role="group" aria-label="Show the articles that fail">
          <FilterButton
            label="Any check"
            count={failing}
            pressed={filter === 'ANY'}
            onClick={() => choose('ANY')}
          />
          {checks.map((c) => (
            <FilterButton
              key={c.check}
              label={c.label}
              count={c.failing}
              pressed={filter === c.check}
              onClick={() => choose(c.check)}
            />
          ))}
        </div>
      )}
      {filter && (
        <FailingArticles
          batchId={batchId}
          filter={filter}
          count={failingCount(summary.data, filter)}
          page={page}
          running={running}
          onPageChange={setPage}
        />
      )}
    </section>
  );
}

function FilterButton({
  label,
  count,
  pressed,
  onClick,
}: {
  label: string;
  count: number;
  pressed: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`quality-check${count > 0 ? ' quality-check--failing' : ''}`}
      aria-pressed={pressed}
      onClick={onClick}
    >
      {label} <span className="quality-check__count">{count.toLocaleString('en')}</span>
    </button>
  );
}

function FailingArticles({
  batchId,
  filter,
  count,
  page,
  running,
  onPageChange,
}: {
  batchId: string;
  filter: QualityFilter;
  count: number;
  page: number;
  running: boolean;
  onPageChange: (page: number) => void;
}) {
  const articles = useFailingArticles(batchId, filter, page, running);
  const regenerate = useRegenerateFailing(batchId);
  const [confirming, setConfirming] = useState(false);
  if (articles.isError) {
    return (
      <p className="error-text" role="alert">
        {getErrorMessage(articles.error)}
      </p>
    );
  }
  const data = articles.data;
  return (
    <div className="quality-failing">
      {count > 0 && !confirming && (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Regenerate the {plural(count, 'article')} that {count === 1 ? 'fails' : 'fail'}
        </button>
      )}
      {confirming && (
        <p role="group" aria-label="Confirm regenerate">
          Regenerate {plural(count, 'article')}? Their text is written again; earlier versions stay
          in their history.{' '}
          <button
            type="button"
            className="button button--primary"
            disabled={regenerate.isPending}
            onClick={() => regenerate.mutate(filter, { onSettled: () => setConfirming(false) })}
          >
            Regenerate
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      )}
      {regenerate.isSuccess && <p role="status">{describeRegenerate(regenerate.data)}</p>}
      {regenerate.isError && (
        <p className="error-text" role="alert">
          {getErrorMessage(regenerate.error)}
        </p>
      )}
      {data && data.content.length === 0 && (
        <p className="muted">No finished article fails this check.</p>
      )}
      {data && data.content.length > 0 && (
        <table className="table quality-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Keyword</th>
              <th scope="col">Title</th>
              <th scope="col">Fails</th>
            </tr>
          </thead>
          <tbody>
            {data.content.map((a) => (
              <tr key={a.id} data-testid="failing-article">
                <td>{a.position}</td>
                <td>
                  <Link to={paths.article.getHref(a.id)}>{a.keyword}</Link>
                </td>
                <td>{a.title ?? ''}</td>
                <td>
                  <QualityBadges failures={a.failures} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && (
        <Pager
          page={data.page}
          totalPages={data.totalPages}
          totalElements={data.totalElements}
          itemLabel="articles"
          onPageChange={onPageChange}
        />
      )}
    </div>
  );
}
