import { useId, useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import type { ExportFormat, ExportLayout } from '@/types/api';

import { useCreateExport } from '../api/exports';

/** A batch that can be exported, with how many of its articles are finished. */
export type ExportableBatch = { id: string; name: string; finished: number };

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'docx', label: 'Word (DOCX)' },
  { value: 'md', label: 'Markdown with front matter' },
  { value: 'txt', label: 'Plain text' },
  { value: 'html', label: 'HTML page' },
];

export type ExportDialogProps = {
  batches: ExportableBatch[];
  onClose: () => void;
};

/**
 * Chooses what to export (batches, formats, layout) and starts the export; once started it links
 * to the Downloads page, where the archive appears when it is built.
 */
export function ExportDialog({ batches, onClose }: ExportDialogProps) {
  const titleId = useId();
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(batches.filter((b) => b.finished > 0).map((b) => b.id)),
  );
  const [formats, setFormats] = useState<Set<ExportFormat>>(
    () => new Set<ExportFormat>(['docx', 'md', 'txt', 'html']),
  );
  const [layout, setLayout] = useState<ExportLayout>('by-format');
  const mutation = useCreateExport();

  const articles = batches.filter((b) => chosen.has(b.id)).reduce((n, b) => n + b.finished, 0);
  const canStart = articles > 0 && formats.size > 0 && !mutation.isPending;

  const toggle = <T,>(set: Set<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const start = () =>
    mutation.mutate({
      batchIds: batches.filter((b) => chosen.has(b.id)).map((b) => b.id),
      formats: FORMATS.map((f) => f.value).filter((f) => formats.has(f)),
      layout,
    });

  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Export articles</h2>
        {mutation.isSuccess ? (
          <>
            <p role="status">
              Export started: {formatNumber(mutation.data.articles)} articles. The ZIP appears under{' '}
              <Link to={paths.downloads.getHref()}>Downloads</Link> when it is ready.
            </p>
            <div className="actions__buttons">
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <fieldset className="dialog__group">
              <legend>Scope: finished articles of</legend>
              {batches.map((batch) => (
                <label key={batch.id} className="dialog__option">
                  <input
                    type="checkbox"
                    checked={chosen.has(batch.id)}
                    disabled={batch.finished === 0}
                    onChange={() => setChosen(toggle(chosen, batch.id))}
                  />
                  {batch.name}{' '}
                  <span className="muted small">({formatNumber(batch.finished)} finished)</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="dialog__group">
              <legend>Formats</legend>
              {FORMATS.map((format) => (
                <label key={format.value} className="dialog__option">
                  <input
                    type="checkbox"
                    checked={formats.has(format.value)}
                    onChange={() => setFormats(toggle(formats, format.value))}
                  />
                  {format.label}
                </label>
              ))}
            </fieldset>
            <fieldset className="dialog__group">
              <legend>Layout</legend>
              <label className="dialog__option">
                <input
                  type="radio"
                  name="layout"
                  checked={layout === 'by-format'}
                  onChange={() => setLayout('by-format')}
                />
                A folder per format (docx/, md/, …)
              </label>
              <label className="dialog__option">
                <input
                  type="radio"
                  name="layout"
                  checked={layout === 'by-article'}
                  onChange={() => setLayout('by-article')}
                />
                A folder per article
              </label>
            </fieldset>
            <p aria-live="polite">
              {formatNumber(articles)} articles × {formats.size} formats
            </p>
            {mutation.isError && (
              <ErrorMessage title="The export could not start" error={mutation.error} />
            )}
            <div className="actions__buttons">
              <button type="button" className="button" disabled={!canStart} onClick={start}>
                Start export
              </button>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
