import { humanize } from '@/lib/format';
import type { ArticleStatus, BatchStatus } from '@/types/api';

export type StatusBadgeProps = {
  status: BatchStatus | ArticleStatus;
};

export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`} data-status={status}>
      {humanize(status)}
    </span>
  );
}
