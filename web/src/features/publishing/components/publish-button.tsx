import { useState } from 'react';

import { PublishDialog, type PublishMatching } from './publish-dialog';

export type PublishButtonProps = {
  batchId: string;
  batchName: string;
  written: number;
  /** Articles the user ticked: the button publishes these ("Publish selected"). */
  articleIds?: readonly string[];
  /** The user chose all articles matching the batch page's filter: the button publishes those. */
  matching?: PublishMatching;
};

/** "Publish" (or "Publish selected") and its dialog. */
export function PublishButton({
  batchId,
  batchName,
  written,
  articleIds,
  matching,
}: PublishButtonProps) {
  const [open, setOpen] = useState(false);
  const selection = articleIds !== undefined || matching !== undefined;
  const enabled = matching
    ? matching.count > 0
    : articleIds !== undefined
      ? articleIds.length > 0
      : written > 0;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!enabled}
        title={enabled ? undefined : 'No written articles to publish yet'}
        onClick={() => setOpen(true)}
      >
        {selection ? 'Publish selected' : 'Publish'}
      </button>
      {open && (
        <PublishDialog
          batchId={batchId}
          batchName={batchName}
          written={written}
          articleIds={articleIds}
          matching={matching}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
