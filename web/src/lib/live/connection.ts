import { Client, ReconnectionTimeMode, type IFrame, type StompSubscription } from '@stomp/stompjs';

import { SequenceTracker, type LiveEvent } from './events';
import type { ExportEvent } from './export-events';
import type { PublishEvent } from './publish-events';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** The parts of a STOMP client this connection uses (a fake in tests). */
export type StompLike = {
  active: boolean;
  connected: boolean;
  onConnect: (frame: IFrame) => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stompjs passes a CloseEvent
  onWebSocketClose: (event: any) => void;
  onStompError: (frame: IFrame) => void;
  activate: () => void;
  deactivate: () => Promise<void> | void;
  subscribe: (
    destination: string,
    callback: (message: StompMessage) => void,
  ) => Pick<StompSubscription, 'unsubscribe'>;
};

/** What a subscription receives: the body and, from stompjs, the frame's headers. */
export type StompMessage = { body: string; headers?: Record<string, string> };

/** The header of the one message the server sends on a batch subscription it refuses. */
export const REFUSED_HEADER = 'refused';

export type LiveConnectionOptions = {
  /** Fetches a batch's events after a number (the REST catch-up). */
  fetchEvents: (batchId: string, after: number) => Promise<LiveEvent[]>;
  createClient?: () => StompLike;
  /** After this many failed attempts in a row the connection counts as offline. */
  offlineAfter?: number;
};

type Watch = {
  tracker: SequenceTracker;
  listeners: Set<(event: LiveEvent) => void>;
  subscription?: Pick<StompSubscription, 'unsubscribe'>;
  catchingUp: boolean;
  buffer: LiveEvent[];
  /** The server refused the subscription: no such batch, or not the user's. */
  refused: boolean;
};

export function defaultWebSocketUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

function stompClient(): StompLike {
  return new Client({
    brokerURL: defaultWebSocketUrl(),
    // small steps first, so a restarted server is live again within seconds
    reconnectDelay: 500,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    maxReconnectDelay: 8_000,
    heartbeatIncoming: 10_000,
    heartbeatOutgoing: 10_000,
  });
}

/**
 * A batch's events arrive in frames: a JSON array of the events of a short interval, in order
 * (a single event is accepted too).
 */
export function frameEvents(body: string): LiveEvent[] {
  const parsed = JSON.parse(body) as LiveEvent | LiveEvent[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/**
 * One STOMP connection for the whole page. It reconnects by itself (exponential backoff from half a
 * second, or at once with `reconnectNow`), and every watched batch catches up over REST from the
 * last number it applied whenever it (re)subscribes or sees a gap, so listeners get each event
 * exactly once, in order. A batch the server refuses (missing or not the user's) is marked refused
 * and never asked for again; the connection and the other subscriptions stay.
 */
export class LiveConnection {
  private client: StompLike | null = null;
  private readonly watches = new Map<string, Watch>();
  private readonly notificationListeners = new Set<(event: LiveEvent | ExportEvent) => void>();
  private readonly exportListeners = new Set<(event: ExportEvent) => void>();
  private readonly publishListeners = new Set<(event: PublishEvent) => void>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private readonly refusalListeners = new Set<() => void>();
  private failures = 0;
  status: LiveStatus = 'connecting';

  constructor(private readonly options: LiveConnectionOptions) {}

  start(): void {
    if (this.client) return;
    const client = (this.options.createClient ?? stompClient)();
    client.onConnect = () => {
      this.failures = 0;
      // before the status changes, so that pages re-reading exports on "live" miss no change
      client.subscribe('/user/queue/exports', (message) => {
        const event = JSON.parse(message.body) as ExportEvent;
        this.exportListeners.forEach((listener) => listener(event));
      });
      client.subscribe('/user/queue/publishing', (message) => {
        const event = JSON.parse(message.body) as PublishEvent;
        this.publishListeners.forEach((listener) => listener(event));
      });
      this.setStatus('live');
      client.subscribe('/user/queue/notifications', (message) => {
        const event = JSON.parse(message.body) as LiveEvent | ExportEvent;
        this.notificationListeners.forEach((listener) => listener(event));
      });
      this.watches.forEach((watch, batchId) => {
        if (!watch.refused) this.subscribe(batchId, watch);
      });
    };
    const lost = () => {
      this.failures += 1;
      this.watches.forEach((watch) => (watch.subscription = undefined));
      this.setStatus(
        this.failures >= (this.options.offlineAfter ?? 3) ? 'offline' : 'reconnecting',
      );
    };
    client.onWebSocketClose = lost;
    client.onStompError = lost;
    this.client = client;
    client.activate();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.deactivate();
  }

  /** Tries at once instead of waiting for the next attempt of the backoff. */
  reconnectNow(): void {
    const client = this.client;
    if (!client || client.connected) return;
    this.setStatus('connecting');
    void Promise.resolve(client.deactivate()).then(() => {
      if (this.client === client) client.activate();
    });
  }

  /** Whether the server refused to let this page watch the batch. */
  isRefused(batchId: string): boolean {
    return this.watches.get(batchId)?.refused ?? false;
  }

  /** Called when the server refuses a batch subscription. */
  onRefusal(listener: () => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Notifications of the signed-in user: its batches' and its exports'. */
  onNotification(listener: (event: LiveEvent | ExportEvent) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  /** Every change of the signed-in user's exports (not numbered: re-read them on "live"). */
  onExport(listener: (event: ExportEvent) => void): () => void {
    this.exportListeners.add(listener);
    return () => this.exportListeners.delete(listener);
  }

  /** Every change of the signed-in user's publish jobs (not numbered: re-read them on "live"). */
  onPublishJob(listener: (event: PublishEvent) => void): () => void {
    this.publishListeners.add(listener);
    return () => this.publishListeners.delete(listener);
  }

  /**
   * Follows a batch: from `after` on (its missed events are fetched first), or without `after`
   * from the next event on (the caller just loaded the batch's state). Returns the function that
   * stops following it.
   */
  watch(batchId: string, listener: (event: LiveEvent) => void, after?: number): () => void {
    let watch = this.watches.get(batchId);
    if (!watch) {
      watch = {
        tracker: new SequenceTracker(after),
        listeners: new Set(),
        catchingUp: false,
        buffer: [],
        refused: false,
      };
      this.watches.set(batchId, watch);
      if (this.client?.connected) this.subscribe(batchId, watch);
    }
    watch.listeners.add(listener);
    const current = watch;
    return () => {
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        current.subscription?.unsubscribe();
        this.watches.delete(batchId);
      }
    };
  }

  private subscribe(batchId: string, watch: Watch): void {
    if (!this.client) return;
    watch.subscription = this.client.subscribe(`/topic/batches.${batchId}`, (message) => {
      if (message.headers?.[REFUSED_HEADER]) this.refuse(watch);
      else frameEvents(message.body).forEach((event) => this.receive(batchId, watch, event));
    });
    void this.catchUp(batchId, watch);
  }

  private refuse(watch: Watch): void {
    watch.refused = true;
    watch.subscription?.unsubscribe();
    watch.subscription = undefined;
    this.refusalListeners.forEach((listener) => listener());
  }

  private receive(batchId: string, watch: Watch, event: LiveEvent): void {
    if (watch.catchingUp) {
      watch.buffer.push(event);
      return;
    }
    const verdict = watch.tracker.judge(event);
    if (verdict === 'apply') this.emit(watch, watch.tracker.take([event]));
    else if (verdict === 'gap') {
      watch.buffer.push(event);
      void this.catchUp(batchId, watch);
    }
  }

  private async catchUp(batchId: string, watch: Watch): Promise<void> {
    if (watch.catchingUp || watch.refused || !watch.tracker.started) return;
    watch.catchingUp = true;
    let fetched = false;
    try {
      const missed = await this.options.fetchEvents(batchId, watch.tracker.last);
      this.emit(watch, watch.tracker.take(missed));
      fetched = true;
    } catch {
      // the next reconnect or gap tries again; buffered events stay buffered
    } finally {
      watch.catchingUp = false;
    }
    const pending = watch.buffer
      .filter((event) => event.seq > watch.tracker.last)
      .sort((a, b) => a.seq - b.seq);
    watch.buffer = [];
    for (const event of pending) {
      if (event.seq === watch.tracker.last + 1) this.emit(watch, watch.tracker.take([event]));
      else if (event.seq > watch.tracker.last) watch.buffer.push(event);
    }
    // events after a hole the server had not stored yet when asked: ask once more
    if (fetched && watch.buffer.length > 0) void this.catchUp(batchId, watch);
  }

  private emit(watch: Watch, events: LiveEvent[]): void {
    events.forEach((event) => watch.listeners.forEach((listener) => listener(event)));
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    this.statusListeners.forEach((listener) => listener(status));
  }
}
