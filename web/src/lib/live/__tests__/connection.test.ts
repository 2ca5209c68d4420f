import { describe, expect, it, vi } from 'vitest';

import {
  defaultWebSocketUrl,
  LiveConnection,
  type StompLike,
  type StompMessage,
} from '../connection';
import type { LiveEvent } from '../events';
import type { ExportEvent } from '../export-events';

const event = (seq: number, batchId = 'b1'): LiveEvent => ({
  batchId,
  seq,
  kind: 'BATCH_UPDATED',
  at: '2026-11-28T12:00:00Z',
});

class FakeClient implements StompLike {
  active = false;
  connected = false;
  onConnect: StompLike['onConnect'] = () => undefined;
  onWebSocketClose: StompLike['onWebSocketClose'] = () => undefined;
  onStompError: StompLike['onStompError'] = () => undefined;
  subscriptions = new Map<string, (message: StompMessage) => void>();
  activate = vi.fn(() => {
    this.active = true;
  });
  deactivate = vi.fn(() => {
    this.active = false;
  });
  subscribe(destination: string, callback: (message: StompMessage) => void) {
    this.subscriptions.set(destination, callback);
    return { unsubscribe: () => this.subscriptions.delete(destination) };
  }
  connect() {
    this.connected = true;
    this.onConnect({} as never);
  }
  drop() {
    this.connected = false;
    this.subscriptions.clear();
    this.onWebSocketClose({});
  }
  /** A batch topic receives frames (arrays); notifications and exports arrive one by one. */
  push(destination: string, value: LiveEvent | LiveEvent[] | ExportEvent) {
    this.subscriptions.get(destination)?.({ body: JSON.stringify(value) });
  }
}

function setup(stored: LiveEvent[] = []) {
  const client = new FakeClient();
  const fetchEvents = vi.fn(async (_batchId: string, after: number) =>
    stored.filter((e) => e.seq > after),
  );
  const live = new LiveConnection({ fetchEvents, createClient: () => client });
  return { client, fetchEvents, live };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LiveConnection', () => {
  it('reports its status: live, reconnecting, then offline after repeated failures', () => {
    const { client, live } = setup();
    const statuses: string[] = [];
    live.onStatus((s) => statuses.push(s));
    live.start();
    client.connect();
    client.drop();
    client.drop();
    client.drop();
    expect(statuses).toEqual(['live', 'reconnecting', 'reconnecting', 'offline']);
    client.connect();
    expect(live.status).toBe('live');
  });

  it('marks a refused batch, stops asking for it and keeps the connection and other watches', async () => {
    const { client, live, fetchEvents } = setup();
    const refusals = vi.fn();
    live.onRefusal(refusals);
    live.start();
    client.connect();
    const seen: number[] = [];
    live.watch('gone', () => undefined, 0);
    live.watch('b1', (e) => seen.push(e.seq));
    client.subscriptions.get('/topic/batches.gone')?.({
      body: '{"status":404}',
      headers: { refused: '404' },
    });
    expect(refusals).toHaveBeenCalledTimes(1);
    expect(live.isRefused('gone')).toBe(true);
    expect(live.isRefused('b1')).toBe(false);
    expect(client.subscriptions.has('/topic/batches.gone')).toBe(false);
    expect(live.status).toBe('live');
    client.push('/topic/batches.b1', event(1));
    expect(seen).toEqual([1]);

    client.drop();
    client.connect();
    await flush();
    expect(client.subscriptions.has('/topic/batches.gone')).toBe(false);
    expect(client.subscriptions.has('/topic/batches.b1')).toBe(true);
    // only the catch-up of the first subscribe asked for it
    expect(fetchEvents.mock.calls.filter(([id]) => id === 'gone')).toHaveLength(1);
  });

  it('reconnects at once when asked, and not while connected', async () => {
    const { client, live } = setup();
    live.start();
    client.connect();
    live.reconnectNow();
    expect(client.deactivate).not.toHaveBeenCalled();
    client.drop();
    live.reconnectNow();
    expect(live.status).toBe('connecting');
    await flush();
    expect(client.deactivate).toHaveBeenCalledTimes(1);
    expect(client.activate).toHaveBeenCalledTimes(2);
  });

  it('catches up from the given number on subscribe, then applies live events in order', async () => {
    const stored = [event(1), event(2), event(3)];
    const { client, live, fetchEvents } = setup(stored);
    const seen: number[] = [];
    live.start();
    client.connect();
    live.watch('b1', (e) => seen.push(e.seq), 1);
    await flush();
    expect(fetchEvents).toHaveBeenCalledWith('b1', 1);
    client.push('/topic/batches.b1', event(3)); // already caught up: ignored
    client.push('/topic/batches.b1', event(4));
    expect(seen).toEqual([2, 3, 4]);
  });

  it('fetches what it missed after a reconnect, exactly once each', async () => {
    const stored = [event(1), event(2)];
    const { client, live } = setup(stored);
    const seen: number[] = [];
    live.start();
    client.connect();
    live.watch('b1', (e) => seen.push(e.seq));
    client.push('/topic/batches.b1', event(1));
    client.push('/topic/batches.b1', event(2));
    client.drop();
    stored.push(event(3), event(4), event(5));
    client.connect();
    await flush();
    client.push('/topic/batches.b1', event(5));
    client.push('/topic/batches.b1', event(6));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a gap in live events triggers a catch-up and the buffered events follow in order', async () => {
    const stored = [event(1), event(2), event(3), event(4)];
    const { client, live } = setup(stored);
    const seen: number[] = [];
    live.start();
    client.connect();
    live.watch('b1', (e) => seen.push(e.seq));
    client.push('/topic/batches.b1', event(1));
    client.push('/topic/batches.b1', event(4)); // 2 and 3 were lost
    await flush();
    await flush();
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('passes notifications on and stops following a batch when the last listener leaves', async () => {
    const { client, live } = setup();
    const notices: (LiveEvent | ExportEvent)[] = [];
    live.onNotification((e) => notices.push(e));
    live.start();
    client.connect();
    client.push('/user/queue/notifications', { ...event(9), kind: 'NOTIFICATION' });
    expect(notices).toHaveLength(1);
    const stop = live.watch('b2', () => undefined);
    expect(client.subscriptions.has('/topic/batches.b2')).toBe(true);
    stop();
    expect(client.subscriptions.has('/topic/batches.b2')).toBe(false);
    await live.stop();
    expect(client.deactivate).toHaveBeenCalled();
  });

  it('passes export changes on, subscribed before it reports "live"', () => {
    const { client, live } = setup();
    const changes: ExportEvent[] = [];
    const stop = live.onExport((e) => changes.push(e));
    let subscribedWhenLive = false;
    live.onStatus((status) => {
      if (status === 'live') subscribedWhenLive = client.subscriptions.has('/user/queue/exports');
    });
    live.start();
    client.connect();
    expect(subscribedWhenLive).toBe(true);

    const change: ExportEvent = {
      kind: 'EXPORT_UPDATED',
      at: '2026-11-28T12:00:00Z',
      export: {
        id: 'e-1',
        status: 'RUNNING',
        processed: 3,
        articles: 10,
        progress: 30,
        fileName: 'Garden.zip',
        sizeBytes: null,
        error: null,
        downloadUrl: null,
      },
    };
    client.push('/user/queue/exports', change);
    expect(changes).toEqual([change]);
    stop();
    client.push('/user/queue/exports', change);
    expect(changes).toHaveLength(1);
  });

  it('keeps buffered events when a catch-up fails', async () => {
    const client = new FakeClient();
    const fetchEvents = vi.fn().mockRejectedValue(new Error('down'));
    const live = new LiveConnection({ fetchEvents, createClient: () => client });
    const seen: number[] = [];
    live.start();
    client.connect();
    live.watch('b1', (e) => seen.push(e.seq), 0);
    await flush();
    client.push('/topic/batches.b1', event(1));
    expect(seen).toEqual([1]);
  });

  it('applies every event of a frame in order, and frames that overlap what it has only once', async () => {
    const { client, live } = setup();
    const seen: number[] = [];
    live.start();
    client.connect();
    live.watch('b1', (e) => seen.push(e.seq), 0);
    await flush();
    client.push('/topic/batches.b1', [event(1), event(2), event(3)]);
    client.push('/topic/batches.b1', [event(3), event(4)]);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('builds the WebSocket address from the page', () => {
    expect(defaultWebSocketUrl({ protocol: 'https:', host: 'x.test' } as Location)).toBe(
      'wss://x.test/ws',
    );
    expect(defaultWebSocketUrl({ protocol: 'http:', host: 'localhost:8080' } as Location)).toBe(
      'ws://localhost:8080/ws',
    );
  });
});
