import { useEffect, useEffectEvent, useState } from 'react';
import { useSearchParams } from 'react-router';

import { getSubmission } from '../api/get-submission';
import { copyOf } from '../utils/copy-batch';

import type { BulkForm } from './use-bulk-form';

export type Duplicate = {
  /** The copied batch's name, once the form holds the copy. */
  copiedFrom: string | null;
  /** Rows left out because the grid cannot show their overrides. */
  hiddenOverrides: number;
  loading: boolean;
  error: unknown;
};

/** The batch this tab last copied: a reload of the same address keeps the edits (the draft). */
const COPIED_KEY = 'bulkwriter.bulk-form.copied-from';

function copiedBefore(from: string): boolean {
  try {
    return window.sessionStorage.getItem(COPIED_KEY) === from;
  } catch {
    return false;
  }
}

function rememberCopy(from: string) {
  try {
    window.sessionStorage.setItem(COPIED_KEY, from);
  } catch {
    // without storage a reload copies the batch again
  }
}

/**
 * "Duplicate as new batch": with `?from=<batchId>` the form is filled with that batch's keywords
 * (and their per-row overrides) and settings. Nothing is submitted. The tab remembers the copy, so
 * a reload of the same address keeps the user's edits (restored as the draft) instead of copying
 * again.
 */
export function useDuplicate(form: BulkForm): Duplicate {
  const [searchParams] = useSearchParams();
  const param = searchParams.get('from');
  const [from] = useState(() => (param && !copiedBefore(param) ? param : null));
  const [copied, setCopied] = useState<{ name: string; hidden: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const apply = useEffectEvent(
    (id: string, submission: Awaited<ReturnType<typeof getSubmission>>) => {
      const copy = copyOf(submission);
      const rows = copy.rows.length;
      form.replaceAll(
        copy.rows,
        copy.settings,
        `Copied ${rows.toLocaleString()} row${rows === 1 ? '' : 's'} and the settings of “${submission.name}”.`,
      );
      setCopied({ name: submission.name, hidden: copy.hiddenOverrides });
      setError(null);
      rememberCopy(id);
    },
  );
  const fail = useEffectEvent((reason: unknown) => setError(reason));

  useEffect(() => {
    if (!from) return;
    const controller = new AbortController();
    getSubmission(from, controller.signal).then(
      (submission) => apply(from, submission),
      (reason: unknown) => {
        if (!controller.signal.aborted) fail(reason);
      },
    );
    return () => controller.abort();
  }, [from]);

  return {
    copiedFrom: copied?.name ?? null,
    hiddenOverrides: copied?.hidden ?? 0,
    loading: from !== null && copied === null && error === null,
    error: from !== null ? error : null,
  };
}
