import { QueryClientContext } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

import { api } from '@/lib/api-client';

import { LiveConnection, type LiveStatus } from './connection';
import type { LiveEvent } from './events';
import type { ExportEvent } from './export-events';
import type { PublishEvent } from './publish-events';

const LiveContext = createContext<LiveConnection | null>(null);

export function fetchEvents(batchId: string, after: number): Promise<LiveEvent[]> {
  return api.get<LiveEvent[]>(`/api/articles/queue/${encodeURIComponent(batchId)}/events`, {
    params: { after },
  });
}

export type LiveProviderProps = {
  children: ReactNode;
  /** Tests pass their own connection; the app makes one. */
  connection?: LiveConnection;
};

/**
 * One live connection for the signed-in part of the app, opened on mount and closed on unmount.
 * When it is live again after a loss (a server restart), every shown query is read again, so
 * errors from the outage go away; when the browser is back online it reconnects at once.
 */
export function LiveProvider({ children, connection }: LiveProviderProps) {
  const [live] = useState(() => connection ?? new LiveConnection({ fetchEvents }));
  // optional: a test may render live parts without queries
  const queryClient = useContext(QueryClientContext);
  useEffect(() => {
    live.start();
    let lost = false;
    const stopStatus = live.onStatus((status) => {
      if (status === 'reconnecting' || status === 'offline') lost = true;
      else if (status === 'live' && lost) {
        lost = false;
        void queryClient?.invalidateQueries();
      }
    });
    const online = () => live.reconnectNow();
    window.addEventListener('online', online);
    return () => {
      stopStatus();
      window.removeEventListener('online', online);
      void live.stop();
    };
  }, [live, queryClient]);
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

/** The page's live connection; null outside a LiveProvider (then nothing is live). */
export function useLiveConnection(): LiveConnection | null {
  return useContext(LiveContext);
}

/** live / reconnecting / offline, for the indicator; null outside a LiveProvider. */
export function useLiveStatus(): LiveStatus | null {
  const live = useLiveConnection();
  return useSyncExternalStore(
    (changed) => (live ? live.onStatus(changed) : () => undefined),
    () => live?.status ?? null,
  );
}

/** Whether the server refused to let this page watch the batch (missing, or not the user's). */
export function useBatchRefused(batchId: string | undefined): boolean {
  const live = useLiveConnection();
  return useSyncExternalStore(
    (changed) => (live ? live.onRefusal(changed) : () => undefined),
    () => Boolean(live && batchId && live.isRefused(batchId)),
  );
}

/** Calls `onEvent` with each event of the batch, in order, while the component is mounted. */
export function useBatchEvents(batchId: string | undefined, onEvent: (event: LiveEvent) => void) {
  const live = useLiveConnection();
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    if (!live || !batchId) return;
    return live.watch(batchId, (event) => handler.current(event));
  }, [live, batchId]);
}

/** Calls `onEvent` with each event `listen` hands over, while the component is mounted. */
function useLiveListener<E>(
  listen: (live: LiveConnection, listener: (event: E) => void) => () => void,
  onEvent: (event: E) => void,
) {
  const live = useLiveConnection();
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    if (!live) return;
    return listen(live, (event) => handler.current(event));
  }, [live, listen]);
}

const notifications = (live: LiveConnection, listener: (event: LiveEvent | ExportEvent) => void) =>
  live.onNotification(listener);
const exportChanges = (live: LiveConnection, listener: (event: ExportEvent) => void) =>
  live.onExport(listener);

const publishJobChanges = (live: LiveConnection, listener: (event: PublishEvent) => void) =>
  live.onPublishJob(listener);

/** Calls `onEvent` with each notification for the signed-in user (batches' and exports'). */
export function useNotifications(onEvent: (event: LiveEvent | ExportEvent) => void) {
  useLiveListener(notifications, onEvent);
}

/** Calls `onEvent` with each change of the signed-in user's exports. */
export function useExportEvents(onEvent: (event: ExportEvent) => void) {
  useLiveListener(exportChanges, onEvent);
}

/** Calls `onEvent` with each change of the signed-in user's publish jobs. */
export function usePublishJobEvents(onEvent: (event: PublishEvent) => void) {
  useLiveListener(publishJobChanges, onEvent);
}
