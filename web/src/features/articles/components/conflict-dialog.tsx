import { useEffect, useId, useRef } from 'react';

import type { Article } from '@/types/api';

export type ConflictDialogProps = {
  /** The version the editor started from. */
  startedFrom: number;
  /** The article as it is now (someone else's version). */
  current: Article;
  saving: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onClose: () => void;
};

/**
 * Someone saved the article after this editor opened it (the server answered 412): reload their
 * version (this editor's changes are dropped) or overwrite it with this one.
 */
export function ConflictDialog({
  startedFrom,
  current,
  saving,
  onReload,
  onOverwrite,
  onClose,
}: ConflictDialogProps) {
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Someone else saved this article</h2>
        <p>
          You edited version {startedFrom}; the article is now at version {current.version}
          {current.title ? (
            <>
              {' '}
              (“{current.title}”, {current.wordCount ?? 0} words)
            </>
          ) : null}
          . Reload theirs to see it (your changes are dropped), or overwrite it with yours (theirs
          stays in the history).
        </p>
        <div className="actions__buttons">
          <button ref={first} type="button" className="button" onClick={onReload} disabled={saving}>
            Reload theirs
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={onOverwrite}
            disabled={saving}
          >
            {saving ? 'Saving…' : 'Overwrite'}
          </button>
        </div>
      </div>
    </div>
  );
}
