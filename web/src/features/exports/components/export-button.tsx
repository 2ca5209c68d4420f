import { useState } from 'react';

import { ExportDialog, type ExportMatching, type ExportableBatch } from './export-dialog';

export type ExportButtonProps = {
  batches: ExportableBatch[];
  /** Articles the user selected: the button exports these ("Export selected"). */
  articleIds?: readonly string[];
  /** Ticks "Only approved articles" in the dialog at first. */
  approvedOnly?: boolean;
  /** The user chose all articles matching the batch page's filter: the button exports those. */
  matching?: ExportMatching;
};

/** "Export" (or "Export selected") and its dialog, for one batch or a list of them. */
export function ExportButton({ batches, articleIds, approvedOnly, matching }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  const selection = articleIds !== undefined || matching !== undefined;
  const enabled = matching
    ? matching.count > 0
    : articleIds !== undefined
      ? articleIds.length > 0
      : batches.some((b) => b.finished > 0);
  const why = selection
    ? 'Select finished articles in the list first'
    : 'No finished articles to export yet';
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!enabled}
        title={enabled ? undefined : why}
        onClick={() => setOpen(true)}
      >
        {selection ? 'Export selected' : 'Export'}
      </button>
      {open && (
        <ExportDialog
          batches={batches}
          articleIds={articleIds}
          approvedOnly={approvedOnly}
          matching={matching}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
