import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { exportKeys } from '@/features/exports/api/exports';
import { startDownload } from '@/lib/download';
import type { LiveEvent } from '@/lib/live/events';
import { isExportEvent, type ExportEvent } from '@/lib/live/export-events';
import { useNotifications } from '@/lib/live/live-provider';
import { showToast } from '@/lib/toasts';

/** An export's "ready" toast stays a while: the Download button is the point of it. */
const EXPORT_READY_TOAST_MS = 30_000;

const DESKTOP_KEY = 'bulkwriter.desktop-notifications';

export function desktopNotificationsWanted(): boolean {
  return (
    typeof Notification !== 'undefined' &&
    Notification.permission === 'granted' &&
    localStorage.getItem(DESKTOP_KEY) === 'on'
  );
}

/** Asks the browser for permission and remembers the choice; true when granted. */
export async function enableDesktopNotifications(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  const permission = await Notification.requestPermission();
  if (permission === 'granted') localStorage.setItem(DESKTOP_KEY, 'on');
  return permission === 'granted';
}

/**
 * Toasts for the signed-in user's notifications, on whatever page is open. Failed articles of one
 * batch share one toast (a later notification replaces it with the new count), with a link to the
 * failed articles; a ready export has a Download button, a failed one a link to Downloads.
 */
export function LiveNotifications() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const exportNotice = (event: ExportEvent) => {
    const job = event.export;
    if (event.notification?.type === 'EXPORT_READY' && job.downloadUrl) {
      const url = job.downloadUrl;
      showToast({
        id: `export-${job.id}`,
        kind: 'success',
        message: event.notification.message,
        duration: EXPORT_READY_TOAST_MS,
        action: { label: 'Download', onClick: () => startDownload(url, job.fileName) },
      });
    } else if (event.notification?.type === 'EXPORT_FAILED') {
      showToast({
        id: `export-${job.id}`,
        kind: 'error',
        message: event.notification.message,
        action: { label: 'View', onClick: () => void navigate(paths.downloads.getHref()) },
      });
    }
    void client.invalidateQueries({ queryKey: exportKeys.all });
  };
  useNotifications((event: LiveEvent | ExportEvent) => {
    if (isExportEvent(event)) {
      exportNotice(event);
      return;
    }
    const notice = event.notification;
    if (!notice) return;
    const batchHref = paths.batch.getHref(event.batchId);
    const view = { label: 'View', onClick: () => void navigate(batchHref) };
    switch (notice.type) {
      case 'BATCH_FINISHED':
        showToast({
          id: `finished-${event.batchId}`,
          kind: 'success',
          message: notice.message,
          action: view,
        });
        if (desktopNotificationsWanted()) new Notification('Bulkwriter', { body: notice.message });
        break;
      case 'ARTICLES_FAILED':
        showToast({
          id: `failed-${event.batchId}`,
          kind: 'error',
          message: notice.message,
          action: {
            label: 'View failed',
            onClick: () => void navigate(`${batchHref}?status=FAILED`),
          },
        });
        break;
      case 'BATCH_PAUSED':
        showToast({
          id: `paused-${event.batchId}`,
          kind: 'warning',
          message: notice.message,
          duration: Infinity,
          action: view,
        });
        break;
      case 'BATCH_CANCELLED':
        showToast({ id: `cancelled-${event.batchId}`, kind: 'info', message: notice.message });
        break;
    }
    void client.invalidateQueries({ queryKey: ['batches'] });
  });
  return null;
}

/**
 * Opt-in: a desktop notification when a batch finishes (the browser asks for permission). A toggle
 * button that shows whether it is on, and turns it off again.
 */
export function DesktopNotificationsToggle() {
  const [on, setOn] = useState(desktopNotificationsWanted);
  if (typeof Notification === 'undefined') return null;
  const toggle = async () => {
    if (on) {
      localStorage.setItem(DESKTOP_KEY, 'off');
      setOn(false);
    } else {
      setOn(await enableDesktopNotifications());
    }
  };
  return (
    <button type="button" className="button" aria-pressed={on} onClick={() => void toggle()}>
      {on ? 'Notifying when done ✓' : 'Notify me when done'}
    </button>
  );
}
