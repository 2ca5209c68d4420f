import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import type { BatchSummary } from '@/types/api';

import { useDeleteBatch, useRenameBatch, useSetArchived } from '../api/manage-batch';

import './batch-list.css';

/** A modal dialog in the app's style; Escape closes it. */
function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function RenameDialog({ batch, onClose }: { batch: BatchSummary; onClose: () => void }) {
  const [name, setName] = useState(batch.name);
  const rename = useRenameBatch();
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    rename.mutate({ id: batch.id, name: trimmed }, { onSuccess: onClose });
  };
  return (
    <Dialog title="Rename batch" onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span>New name</span>
          <input
            type="text"
            value={name}
            maxLength={200}
            required
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {rename.isError && <ErrorMessage title="Could not rename" error={rename.error} />}
        <div className="actions__buttons dialog__buttons">
          <button type="submit" className="button" disabled={!trimmed || rename.isPending}>
            Save name
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteDialog({ batch, onClose }: { batch: BatchSummary; onClose: () => void }) {
  const remove = useDeleteBatch();
  const navigate = useNavigate();
  const unfinished = batch.status === 'RUNNING' || batch.status === 'PAUSED';
  return (
    <Dialog title={`Delete “${batch.name}”?`} onClose={onClose}>
      <>
        <p>
          The batch and its {formatNumber(batch.counts.total)} articles are deleted for good
          {unfinished ? '; it is cancelled first, so no further article is written' : ''}. It
          disappears at once; large batches are cleared in the background. Exports already made stay
          under Downloads.
        </p>
        {remove.isError && <ErrorMessage title="Could not delete" error={remove.error} />}
        <div className="actions__buttons">
          <button
            type="button"
            className="button button--danger"
            autoFocus
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(batch.id, {
                onSuccess: () => void navigate(paths.batches.getHref()),
              })
            }
          >
            Delete batch
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </>
    </Dialog>
  );
}

/** Rename, archive or unarchive, duplicate as a new batch, and delete: the batch page's header. */
export function ManageBatch({ batch }: { batch: BatchSummary }) {
  const [open, setOpen] = useState<'rename' | 'delete' | null>(null);
  const archive = useSetArchived();
  const archived = batch.archivedAt !== null;
  const close = () => setOpen(null);
  return (
    <div className="manage-batch">
      <button type="button" className="button" onClick={() => setOpen('rename')}>
        Rename
      </button>
      <button
        type="button"
        className="button"
        disabled={archive.isPending}
        onClick={() => archive.mutate({ id: batch.id, archived: !archived })}
      >
        {archived ? 'Unarchive' : 'Archive'}
      </button>
      <Link className="button" to={paths.newBatch.getHref(batch.id)}>
        Duplicate as new batch
      </Link>
      <button type="button" className="button button--danger" onClick={() => setOpen('delete')}>
        Delete batch
      </button>
      {archived && (
        <span className="tag tag--archived" title="Hidden from the batches list until unarchived">
          Archived
        </span>
      )}
      {archive.isError && <ErrorMessage title="The action failed" error={archive.error} />}
      {open === 'rename' && <RenameDialog batch={batch} onClose={close} />}
      {open === 'delete' && <DeleteDialog batch={batch} onClose={close} />}
    </div>
  );
}
