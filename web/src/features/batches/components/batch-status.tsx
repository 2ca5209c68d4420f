import { StatusBadge } from '@/components/ui/status-badge';
import type { BatchSummary } from '@/types/api';

export function BatchStatusCell({ batch }: { batch: BatchSummary }) {
  return (
    <div className="status-cell">
      <StatusBadge status={batch.status} />
      {batch.statusReason && <span className="status-cell__reason">{batch.statusReason}</span>}
    </div>
  );
}
