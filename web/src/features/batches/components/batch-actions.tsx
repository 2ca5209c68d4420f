import { ErrorMessage } from '@/components/ui/error-message';
import type { BatchSummary } from '@/types/api';

import { useBatchAction, type BatchAction } from '../api/batch-actions';

type ActionButton = {
  action: BatchAction;
  label: string;
  danger?: boolean;
  confirm?: (batch: BatchSummary) => string;
};

function availableActions(batch: BatchSummary): ActionButton[] {
  const actions: ActionButton[] = [];
  if (batch.status === 'RUNNING') actions.push({ action: 'pause', label: 'Pause' });
  if (batch.status === 'PAUSED') actions.push({ action: 'resume', label: 'Resume' });
  if (batch.counts.failed > 0) actions.push({ action: 'retry-failed', label: 'Retry failed' });
  if (batch.status === 'RUNNING' || batch.status === 'PAUSED') {
    actions.push({
      action: 'cancel',
      label: 'Cancel',
      danger: true,
      confirm: (b) => {
        const waiting = b.counts.queued + b.counts.running;
        return `Cancel batch "${b.name}"? Its ${waiting} queued or running article(s) will not be written. This cannot be undone.`;
      },
    });
  }
  return actions;
}

export function BatchActions({ batch }: { batch: BatchSummary }) {
  const mutation = useBatchAction();
  const actions = availableActions(batch);
  if (actions.length === 0) return null;

  const run = (button: ActionButton) => {
    if (button.confirm && !window.confirm(button.confirm(batch))) return;
    mutation.mutate({ id: batch.id, action: button.action });
  };

  return (
    <div className="actions">
      <div className="actions__buttons">
        {actions.map((button) => (
          <button
            key={button.action}
            type="button"
            className={button.danger ? 'button button--danger' : 'button'}
            aria-label={`${button.label} ${batch.name}`}
            disabled={mutation.isPending}
            onClick={() => run(button)}
          >
            {button.label}
          </button>
        ))}
      </div>
      {mutation.isError && <ErrorMessage title="The action failed" error={mutation.error} />}
    </div>
  );
}
