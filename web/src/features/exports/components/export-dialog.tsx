import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import type { LiveExportState } from '@/lib/live/export-events';
import { useExportEvents } from '@/lib/live/live-provider';
import type { ExportFilter, ExportFormat, ExportLayout, ExportRequest } from '@/types/api';

import { useCreateExport } from '../api/exports';

/** A batch that can be exported: how many of its articles are finished, and how many in all. */
export type ExportableBatch = { id: string; name: string; finished: number; total: number };

/**
 * Which articles to export: the finished ones, all (unfinished listed only), a selection, or all
 * matching the batch page's filter.
 */
export type ExportScope = 'finished' | 'all' | 'selected' | 'matching';

/** "All matching the filter" on a batch page: the filter, and how many articles it shows. */
export type ExportMatching = { count: number; filter: ExportFilter };

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'docx', label: 'Word (DOCX)' },
  { value: 'md', label: 'Markdown with front matter' },
  { value: 'txt', label: 'Plain text' },
  { value: 'html', label: 'HTML page' },
];

const LAYOUTS: { value: ExportLayout; label: string }[] = [
  { value: 'by-format', label: 'A folder per format (docx/, md/, …)' },
  { value: 'by-article', label: 'A folder per article' },
];

export type ExportDialogProps = {
  batches: ExportableBatch[];
  /** Articles the user selected (finished ones of `batches`); offers "Selected articles". */
  articleIds?: readonly string[];
  /** Ticks "Only approved articles" at first (say, the list shows approved ones). */
  approvedOnly?: boolean;
  /** The user chose all articles matching the batch page's filter; offers (and picks) them. */
  matching?: ExportMatching;
  onClose: () => void;
};

type ChoiceProps = {
  type: 'radio' | 'checkbox';
  name?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
  children: ReactNode;
};

/** One labelled radio button or checkbox of the dialog. */
function Choice({ type, name, checked, disabled, onChange, children }: ChoiceProps) {
  return (
    <label className="dialog__option">
      <input type={type} name={name} checked={checked} disabled={disabled} onChange={onChange} />
      {children}
    </label>
  );
}

type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
};

/** A fieldset of labelled radio buttons, one choice among a few. */
function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset className="dialog__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          name={name}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        >
          {option.label}
        </Choice>
      ))}
    </fieldset>
  );
}

/** How many articles of a batch the scope covers. */
function inScope(batch: ExportableBatch, scope: ExportScope): number {
  return scope === 'all' ? batch.total : batch.finished;
}

/**
 * Chooses what to export (scope, batches, formats, layout) and starts the export; once started it
 * links to the Downloads page, where the archive appears when it is built (a toast says when).
 */
export function ExportDialog({
  batches,
  articleIds = [],
  approvedOnly: approvedAtFirst = false,
  matching,
  onClose,
}: ExportDialogProps) {
  const [approvedOnly, setApprovedOnly] = useState(approvedAtFirst);
  const titleId = useId();
  const [scope, setScope] = useState<ExportScope>(
    matching ? 'matching' : articleIds.length > 0 ? 'selected' : 'finished',
  );
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(batches.filter((b) => b.finished > 0).map((b) => b.id)),
  );
  const [formats, setFormats] = useState<Set<ExportFormat>>(
    () => new Set<ExportFormat>(['docx', 'md', 'txt', 'html']),
  );
  const [layout, setLayout] = useState<ExportLayout>('by-format');
  const mutation = useCreateExport();
  // the started export's latest state, so the dialog does not say "started" once it is ready
  const [state, setState] = useState<LiveExportState | null>(null);
  useExportEvents((event) => {
    if (event.export.id === mutation.data?.id) setState(event.export);
  });
  const scopes: { value: ExportScope; label: string }[] = [
    { value: 'finished', label: 'Finished articles' },
    { value: 'all', label: 'All articles (those not finished are listed in the manifests only)' },
  ];
  if (articleIds.length > 0) {
    scopes.push({
      value: 'selected',
      label: `Selected articles (${formatNumber(articleIds.length)})`,
    });
  }
  if (matching) {
    scopes.push({
      value: 'matching',
      label: `All articles matching the filter (${formatNumber(matching.count)}; finished ones get files)`,
    });
  }

  const articles =
    scope === 'selected'
      ? articleIds.length
      : scope === 'matching'
        ? (matching?.count ?? 0)
        : batches.filter((b) => chosen.has(b.id)).reduce((n, b) => n + inScope(b, scope), 0);
  const canStart = articles > 0 && formats.size > 0 && !mutation.isPending;

  const toggle = <T,>(set: Set<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const start = () => {
    const body: ExportRequest = {
      batchIds: batches
        .filter(
          (b) =>
            scope === 'selected' ||
            scope === 'matching' ||
            (chosen.has(b.id) && inScope(b, scope) > 0),
        )
        .map((b) => b.id),
      formats: FORMATS.map((f) => f.value).filter((f) => formats.has(f)),
      layout,
    };
    if (scope === 'selected') body.articleIds = [...articleIds];
    if (scope === 'matching' && matching) body.filter = matching.filter;
    if (scope === 'all') body.include = 'all';
    if (approvedOnly) body.approvedOnly = true;
    mutation.mutate(body);
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Export articles</h2>
        {mutation.isSuccess ? (
          <>
            <p role="status">
              {state?.status === 'SUCCEEDED' ? (
                <>
                  Export ready: {formatNumber(mutation.data.articles)} articles. Download the ZIP
                  from the notification or under{' '}
                  <Link to={paths.downloads.getHref()}>Downloads</Link>.
                </>
              ) : state?.status === 'FAILED' ? (
                <>
                  The export failed{state.error ? `: ${state.error}` : ''}. See{' '}
                  <Link to={paths.downloads.getHref()}>Downloads</Link>.
                </>
              ) : (
                <>
                  Export started: {formatNumber(mutation.data.articles)} articles. The ZIP appears
                  under <Link to={paths.downloads.getHref()}>Downloads</Link> when it is ready.
                </>
              )}
            </p>
            <div className="actions__buttons">
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <RadioGroup
              legend="Articles"
              name="scope"
              options={scopes}
              value={scope}
              onChange={setScope}
            />
            {scope !== 'selected' && scope !== 'matching' && (
              <fieldset className="dialog__group">
                <legend>Batches</legend>
                {batches.map((batch) => (
                  <Choice
                    key={batch.id}
                    type="checkbox"
                    checked={chosen.has(batch.id)}
                    disabled={inScope(batch, scope) === 0}
                    onChange={() => setChosen(toggle(chosen, batch.id))}
                  >
                    {batch.name}{' '}
                    <span className="muted small">
                      {scope === 'all'
                        ? `(${formatNumber(batch.total)} articles)`
                        : `(${formatNumber(batch.finished)} finished)`}
                    </span>
                  </Choice>
                ))}
              </fieldset>
            )}
            <fieldset className="dialog__group">
              <legend>Formats</legend>
              {FORMATS.map((format) => (
                <Choice
                  key={format.value}
                  type="checkbox"
                  checked={formats.has(format.value)}
                  onChange={() => setFormats(toggle(formats, format.value))}
                >
                  {format.label}
                </Choice>
              ))}
            </fieldset>
            <fieldset className="dialog__group">
              <legend>Review</legend>
              <Choice
                type="checkbox"
                checked={approvedOnly}
                onChange={() => setApprovedOnly(!approvedOnly)}
              >
                Only approved articles{' '}
                <span className="muted small">
                  (the others are listed in the manifests with why they were left out)
                </span>
              </Choice>
            </fieldset>
            <RadioGroup
              legend="Layout"
              name="layout"
              options={LAYOUTS}
              value={layout}
              onChange={setLayout}
            />
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
