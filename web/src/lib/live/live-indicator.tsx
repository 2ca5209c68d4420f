import { useLiveStatus } from './live-provider';

const LABELS = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
} as const;

/** Whether the page receives live updates: live, reconnecting or offline. */
export function LiveIndicator() {
  const status = useLiveStatus();
  if (!status) return null;
  return (
    <span
      className={`live-indicator live-indicator--${status}`}
      title="Live updates"
      aria-live="polite"
    >
      <span className="live-indicator__dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
