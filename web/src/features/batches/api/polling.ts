import { POLL_INTERVAL_MS } from '@/config/constants';
import type { BatchStatus } from '@/types/api';

const ACTIVE: ReadonlySet<BatchStatus> = new Set<BatchStatus>(['RUNNING', 'PAUSED']);

export function isActive(status: BatchStatus): boolean {
  return ACTIVE.has(status);
}

/** Poll every 2 s while any of the given batches is still running or paused; otherwise stop. */
export function pollWhileActive(statuses: readonly BatchStatus[] | undefined): number | false {
  return statuses?.some(isActive) ? POLL_INTERVAL_MS : false;
}
