import { useLiveConnection, useLiveStatus } from './live-provider';

const LABELS = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
} as const;

/**
 * Whether the page receives live updates: live, reconnecting or offline; while it is not, a
 * button tries at once instead of waiting for the next attempt.
 */
export function LiveIndicator() {
  const status = useLiveStatus();
  const live = useLiveConnection();
  if (!status) return null;
  const down = status === 'reconnecting' || status === 'offline';
  return (
    <span className="live-indicator-group">
      <span
        className={`live-indicator live-indicator--${status}`}
        title="Live updates"
        aria-live="polite"
      >
        <span className="live-indicator__dot" aria-hidden="true" />
        {LABELS[status]}
      </span>
      {down && (
        <button
          type="button"
          className="button live-indicator__retry"
          onClick={() => live?.reconnectNow()}
        >
          Reconnect now
        </button>
      )}
    </span>
  );
}
