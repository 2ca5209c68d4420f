/**
 * The changes of the signed-in user's exports, as the server pushes them (see docs/progress.md):
 * every change on /user/queue/exports, and "ready" or "failed" on /user/queue/notifications.
 * Exports span batches, so these events carry no number and are not kept: a page that shows
 * exports reads them over REST again after (re)connecting.
 */
export type LiveExportState = {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  processed: number;
  articles: number;
  /** 0..100 */
  progress: number;
  fileName: string;
  sizeBytes: number | null;
  error: string | null;
  /** Set once the export has succeeded. */
  downloadUrl: string | null;
};

export type ExportNotice = {
  type: 'EXPORT_READY' | 'EXPORT_FAILED';
  message: string;
  count: number;
};

export type ExportEvent = {
  kind: 'EXPORT_UPDATED' | 'NOTIFICATION';
  at: string;
  export: LiveExportState;
  notification?: ExportNotice;
};

/** Whether a notification is about an export (else it is a batch's). */
export function isExportEvent(event: object): event is ExportEvent {
  return 'export' in event;
}
