import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import type { ExportEvent } from '@/lib/live/export-events';
import { useExportEvents, useLiveStatus } from '@/lib/live/live-provider';
import type { ExportJob, Page } from '@/types/api';

import { exportKeys } from './exports';

/** An export of the history with a live change applied (other exports are left as they are). */
export function applyToJob(job: ExportJob, event: ExportEvent): ExportJob {
  const live = event.export;
  if (job.id !== live.id) return job;
  return {
    ...job,
    status: live.status,
    processed: live.processed,
    articles: live.articles,
    progress: live.progress,
    sizeBytes: live.sizeBytes,
    error: live.error,
    downloadUrl: live.downloadUrl,
  };
}

/**
 * Applies an export's change to every cached page of the history. A new export (from another tab,
 * or a script) and a finished one are read again: the first is not in the cache yet, the second
 * has its checksum and times only in the full record.
 */
export function applyToHistory(client: QueryClient, event: ExportEvent): void {
  client.setQueriesData<Page<ExportJob>>({ queryKey: exportKeys.lists() }, (old) =>
    old ? { ...old, content: old.content.map((job) => applyToJob(job, event)) } : old,
  );
  if (event.export.status !== 'RUNNING') {
    void client.invalidateQueries({ queryKey: exportKeys.lists() });
  }
}

/**
 * Keeps the export history live: changes are applied as they come, and the history is read again
 * whenever the connection becomes live after it was not (changes in between were not kept).
 */
export function useLiveExports(): void {
  const client = useQueryClient();
  const status = useLiveStatus();
  const previous = useRef(status);
  useExportEvents((event) => applyToHistory(client, event));
  useEffect(() => {
    if (status === 'live' && previous.current !== 'live') {
      void client.invalidateQueries({ queryKey: exportKeys.lists() });
    }
    previous.current = status;
  }, [status, client]);
}
