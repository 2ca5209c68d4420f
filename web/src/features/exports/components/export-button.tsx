import { useState } from 'react';

import { ExportDialog, type ExportableBatch } from './export-dialog';

/** "Export" and its dialog, for one batch or a list of them. */
export function ExportButton({ batches }: { batches: ExportableBatch[] }) {
  const [open, setOpen] = useState(false);
  const finished = batches.some((b) => b.finished > 0);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!finished}
        title={finished ? undefined : 'No finished articles to export yet'}
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      {open && <ExportDialog batches={batches} onClose={() => setOpen(false)} />}
    </>
  );
}
