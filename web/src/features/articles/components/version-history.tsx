import { useId, useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { Article, VersionReason, VersionSummary } from '@/types/api';

import { useRestoreVersion, useVersions } from '../api/versions';

import { VersionDiffView } from './version-diff';
import './editing.css';

const REASONS: Record<VersionReason, string> = {
  GENERATED: 'Written',
  REGENERATED: 'Written again',
  EDITED: 'Edited',
  RESTORED: 'Restored',
  LINKED: 'Links added',
};

function why(version: VersionSummary): string {
  const reason = REASONS[version.reason];
  return version.restoredFrom ? `${reason} from version ${version.restoredFrom}` : reason;
}

/** The article's versions, newest first: compare two of them, restore an earlier one. */
export function VersionHistory({ article }: { article: Article }) {
  const versions = useVersions(article.id);
  const restore = useRestoreVersion(article.id);
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const list = versions.data ?? [];
  const newest = list[0]?.version ?? article.version;
  const from = compare?.from ?? Math.max(1, newest - 1);
  const to = compare?.to ?? newest;

  const restoreVersion = (version: number) => {
    if (window.confirm(`Restore version ${version}? It becomes a new version; nothing is lost.`)) {
      restore.mutate({ restore: version, current: article.version });
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId}>History</h2>
      </div>
      {versions.isPending && <Spinner label="Loading the history…" />}
      {versions.isError && (
        <ErrorMessage title="Could not load the history" error={versions.error} />
      )}
      {restore.isError && (
        <ErrorMessage
          title="Could not restore"
          error={
            restore.error instanceof ApiError && restore.error.status === 412
              ? new Error('Someone saved meanwhile; the history shows their version now.')
              : restore.error
          }
        />
      )}
      {list.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label="Versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">When</th>
                <th scope="col">Title</th>
                <th scope="col">Words</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((version) => (
                <tr key={version.version} data-version={version.version}>
                  <td>
                    {version.version}
                    {version.version === article.version && (
                      <span className="tag history__current">current</span>
                    )}
                  </td>
                  <td>{why(version)}</td>
                  <td>{version.author ?? 'Bulkwriter'}</td>
                  <td>{formatDateTime(version.createdAt)}</td>
                  <td>{version.title}</td>
                  <td>{formatNumber(version.wordCount)}</td>
                  <td>
                    {version.version !== article.version && article.status === 'SUCCEEDED' && (
                      <button
                        type="button"
                        className="button"
                        disabled={restore.isPending}
                        aria-label={`Restore version ${version.version}`}
                        onClick={() => restoreVersion(version.version)}
                      >
                        Restore
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.length > 1 && (
        <>
          <div className="history__compare">
            <label className="field field--inline" htmlFor={fromId}>
              Compare version
              <select
                id={fromId}
                value={from}
                onChange={(e) => setCompare({ from: Number(e.target.value), to })}
              >
                {list.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field--inline" htmlFor={toId}>
              with
              <select
                id={toId}
                value={to}
                onChange={(e) => setCompare({ from, to: Number(e.target.value) })}
              >
                {list.map((v) => (
                  <option key={v.version} value={v.version}>
                    {v.version}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <VersionDiffView articleId={article.id} from={from} to={to} />
        </>
      )}
    </section>
  );
}
