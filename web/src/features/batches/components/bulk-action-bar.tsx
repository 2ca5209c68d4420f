import '@/components/ui/review.css';

import { useEffect, useState, type ReactNode } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatNumber } from '@/lib/format';
import { showToast } from '@/lib/toasts';
import type { BulkAction, BulkActionKind, BulkActionRequest } from '@/types/api';

import { useBulkActionProgress, useRunBulkAction } from '../api/bulk-actions';

/** What the actions apply to: the ticked articles, or every article matching the list's filter. */
export type BulkSelection =
  | { kind: 'ticked'; ids: string[] }
  | { kind: 'matching'; count: number; filter: NonNullable<BulkActionRequest['filter']> };

const DONE: Record<BulkActionKind, string> = {
  APPROVE: 'Approved',
  REJECT: 'Rejected',
  REGENERATE: 'Queued again',
  DELETE: 'Deleted',
};

function articles(n: number): string {
  return n === 1 ? '1 article' : `${formatNumber(n)} articles`;
}

/** "Approved 3 articles; 1 skipped (not in a state this action applies to)." */
export function describeResult(action: BulkAction): string {
  if (action.status === 'FAILED') {
    return `${DONE[action.action]} ${articles(action.changed)}, then stopped: ${action.error ?? 'an error'}`;
  }
  const skipped =
    action.skipped > 0
      ? `; ${formatNumber(action.skipped)} skipped (not in a state this action applies to)`
      : '';
  return `${DONE[action.action]} ${articles(action.changed)}${skipped}.`;
}

function count(selection: BulkSelection): number {
  return selection.kind === 'ticked' ? selection.ids.length : selection.count;
}

/** Progress of a background action; a toast and `onFinished` when it ends. */
function BackgroundProgress({
  batchId,
  actionId,
  onFinished,
}: {
  batchId: string;
  actionId: string;
  onFinished: () => void;
}) {
  const { data: action } = useBulkActionProgress(batchId, actionId);
  const finished = action?.status === 'SUCCEEDED' || action?.status === 'FAILED';
  useEffect(() => {
    if (action && finished) {
      showToast({
        id: `bulk-${action.id}`,
        kind: action.status === 'SUCCEEDED' ? 'success' : 'error',
        message: describeResult(action),
      });
      onFinished();
    }
  }, [action, finished, onFinished]);
  return (
    <div className="bulk-progress" role="status">
      <span>
        Working in the background: {formatNumber(action?.processed ?? 0)} of{' '}
        {formatNumber(action?.total ?? 0)}
      </span>
      <ProgressBar value={action?.progress ?? 0} label="Progress of the bulk action" />
    </div>
  );
}

export type BulkActionBarProps = {
  batchId: string;
  selection: BulkSelection;
  /** Clears the selection (after an action, or when asked). */
  onClear: () => void;
  /** Further actions composed in by the app (Export). */
  children?: ReactNode;
};

/**
 * Actions on the selected articles: approve, reject with a note, regenerate (optionally with a
 * changed tone, length or instructions) and delete. Small selections are done at once; large ones
 * run in the background with a progress bar. Nothing changes when the server finds anything wrong.
 */
export function BulkActionBar({ batchId, selection, onClear, children }: BulkActionBarProps) {
  const mutation = useRunBulkAction(batchId);
  const [form, setForm] = useState<'reject' | 'regenerate' | null>(null);
  const [note, setNote] = useState('');
  const [tone, setTone] = useState('');
  const [words, setWords] = useState('');
  const [instructions, setInstructions] = useState('');
  const [background, setBackground] = useState<string | null>(null);
  const selected = count(selection);

  const run = (action: BulkActionKind, extra: Partial<BulkActionRequest> = {}) => {
    const request: BulkActionRequest = {
      action,
      ...(selection.kind === 'ticked'
        ? { articleIds: selection.ids }
        : { filter: selection.filter }),
      ...extra,
    };
    mutation.mutate(request, {
      onSuccess: (result) => {
        setForm(null);
        setNote('');
        onClear();
        if (result.status === 'QUEUED' || result.status === 'RUNNING') {
          setBackground(result.id);
          showToast({
            id: `bulk-${result.id}`,
            kind: 'info',
            message: `${articles(result.total)}: running in the background.`,
          });
        } else {
          showToast({ id: `bulk-${result.id}`, kind: 'success', message: describeResult(result) });
        }
      },
    });
  };

  const regenerate = () => {
    const changes: NonNullable<BulkActionRequest['changes']> = {};
    if (tone.trim()) changes.tone = tone.trim();
    if (words.trim()) changes.wordCount = Number(words);
    if (instructions.trim()) changes.instructions = instructions.trim();
    run('REGENERATE', Object.keys(changes).length > 0 ? { changes } : {});
  };

  return (
    <>
      {background && (
        <BackgroundProgress
          batchId={batchId}
          actionId={background}
          onFinished={() => setBackground(null)}
        />
      )}
      {selected === 0 ? (
        <p className="muted small">
          Tick articles to approve, reject, regenerate, delete or export them.
        </p>
      ) : (
        <div className="bulk-bar selection-bar" role="toolbar" aria-label="Selected articles">
          <span aria-live="polite">
            {selection.kind === 'matching'
              ? `All ${articles(selected)} matching the filter selected`
              : `${articles(selected)} selected`}
          </span>
          <button type="button" className="button button--link" onClick={onClear}>
            Clear selection
          </button>
          <button
            type="button"
            className="button"
            disabled={mutation.isPending}
            onClick={() => run('APPROVE')}
          >
            Approve
          </button>
          <button
            type="button"
            className="button"
            disabled={mutation.isPending}
            onClick={() => setForm(form === 'reject' ? null : 'reject')}
          >
            Reject…
          </button>
          <button
            type="button"
            className="button"
            disabled={mutation.isPending}
            onClick={() => setForm(form === 'regenerate' ? null : 'regenerate')}
          >
            Regenerate…
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={mutation.isPending}
            onClick={() => {
              if (
                window.confirm(
                  `Delete ${articles(selected)}? This cannot be undone; articles being written are skipped.`,
                )
              ) {
                run('DELETE');
              }
            }}
          >
            Delete
          </button>
          {children}
          {form === 'reject' && (
            <form
              className="bulk-bar__form"
              onSubmit={(e) => {
                e.preventDefault();
                run('REJECT', { note });
              }}
            >
              <label className="field">
                <span>
                  Note for the rejected articles (goes into their instructions on regenerate)
                </span>
                <textarea
                  value={note}
                  rows={2}
                  maxLength={2000}
                  required
                  onChange={(e) => setNote(e.target.value)}
                />
              </label>
              <button
                type="submit"
                className="button button--danger"
                disabled={mutation.isPending || note.trim() === ''}
              >
                Reject {articles(selected)}
              </button>
            </form>
          )}
          {form === 'regenerate' && (
            <form
              className="bulk-bar__form"
              onSubmit={(e) => {
                e.preventDefault();
                regenerate();
              }}
            >
              <label className="field">
                <span>Tone (empty: keep)</span>
                <input value={tone} onChange={(e) => setTone(e.target.value)} />
              </label>
              <label className="field">
                <span>Words (empty: keep)</span>
                <input
                  type="number"
                  min={100}
                  max={10000}
                  value={words}
                  onChange={(e) => setWords(e.target.value)}
                />
              </label>
              <label className="field">
                <span>Instructions (empty: keep)</span>
                <textarea
                  rows={2}
                  maxLength={4000}
                  value={instructions}
                  onChange={(e) => setInstructions(e.target.value)}
                />
              </label>
              <button
                type="submit"
                className="button button--primary"
                disabled={mutation.isPending}
              >
                Regenerate {articles(selected)}
              </button>
            </form>
          )}
        </div>
      )}
      {mutation.isError && <ErrorMessage title="Nothing was changed" error={mutation.error} />}
    </>
  );
}
