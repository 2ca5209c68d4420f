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

/**
 * "Duplicate as new batch": with `?from=<batchId>` the form is filled with that batch's keywords
 * (and their per-row overrides) and settings. Nothing is submitted; the parameter is then dropped
 * from the URL, so a reload keeps the user's edits (the draft) instead of copying again.
 */
export function useDuplicate(form: BulkForm): Duplicate {
  const [searchParams, setSearchParams] = useSearchParams();
  const from = searchParams.get('from');
  const [copied, setCopied] = useState<{ name: string; hidden: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const apply = useEffectEvent((submission: Awaited<ReturnType<typeof getSubmission>>) => {
    const copy = copyOf(submission);
    const rows = copy.rows.length;
    form.replaceAll(
      copy.rows,
      copy.settings,
      `Copied ${rows.toLocaleString()} row${rows === 1 ? '' : 's'} and the settings of “${submission.name}”.`,
    );
    setCopied({ name: submission.name, hidden: copy.hiddenOverrides });
    setError(null);
    setSearchParams(new URLSearchParams(), { replace: true });
  });
  const fail = useEffectEvent((reason: unknown) => setError(reason));

  useEffect(() => {
    if (!from) return;
    const controller = new AbortController();
    getSubmission(from, controller.signal).then(
      (submission) => apply(submission),
      (reason: unknown) => {
        if (!controller.signal.aborted) fail(reason);
      },
    );
    return () => controller.abort();
  }, [from]);

  return {
    copiedFrom: copied?.name ?? null,
    hiddenOverrides: copied?.hidden ?? 0,
    loading: from !== null && error === null,
    error: from !== null ? error : null,
  };
}
