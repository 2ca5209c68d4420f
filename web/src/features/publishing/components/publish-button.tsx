import { useState } from 'react';

import { PublishDialog } from './publish-dialog';

export type PublishButtonProps = {
  batchId: string;
  batchName: string;
  written: number;
  /** Articles the user ticked: the button publishes these ("Publish selected"). */
  articleIds?: readonly string[];
};

/** "Publish" (or "Publish selected") and its dialog. */
export function PublishButton({ batchId, batchName, written, articleIds }: PublishButtonProps) {
  const [open, setOpen] = useState(false);
  const selection = articleIds !== undefined;
  const enabled = selection ? articleIds.length > 0 : written > 0;
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
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
