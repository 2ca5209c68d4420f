import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import type { DiffLine } from '@/types/api';

import { useVersionDiff } from '../api/versions';

const FIELDS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  metaDescription: 'Meta description',
};

function Line({ line }: { line: DiffLine }) {
  if (line.kind === 'ADDED') {
    return (
      <ins className="diff__line diff__line--added">
        <span className="visually-hidden">Added: </span>
        {line.text || ' '}
      </ins>
    );
  }
  if (line.kind === 'REMOVED') {
    return (
      <del className="diff__line diff__line--removed">
        <span className="visually-hidden">Removed: </span>
        {line.text || ' '}
      </del>
    );
  }
  return <span className="diff__line">{line.text || ' '}</span>;
}

/** What changed from version `from` to version `to`: fields, then the body line by line. */
export function VersionDiffView({
  articleId,
  from,
  to,
}: {
  articleId: string;
  from: number;
  to: number;
}) {
  const diff = useVersionDiff(articleId, from, to, from !== to);
  if (from === to) return <p className="muted">Choose two different versions to compare.</p>;
  if (diff.isPending) return <Spinner label="Comparing…" />;
  if (diff.isError) return <ErrorMessage title="Could not compare" error={diff.error} />;
  const { fields, lines, added, removed } = diff.data;
  return (
    <div className="diff" role="region" aria-label={`Changes from version ${from} to ${to}`}>
      <p className="muted small">
        {added} lines added, {removed} removed
        {fields.length > 0 &&
          `; ${fields.map((f) => FIELDS[f.field] ?? f.field).join(', ')} changed`}
      </p>
      {fields.length > 0 && (
        <dl className="details">
          {fields.map((field) => (
            <div key={field.field} className="details__row">
              <dt>{FIELDS[field.field] ?? field.field}</dt>
              <dd>
                <del className="diff__word">{field.before ?? '—'}</del>{' '}
                <ins className="diff__word">{field.after ?? '—'}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <pre className="diff__body">
        {lines.map((line, i) => (
          <Line key={i} line={line} />
        ))}
      </pre>
    </div>
  );
}
