import { act } from '@testing-library/react';

import type { StompLike, StompMessage } from '@/lib/live/connection';

/** A STOMP client without a server: tests connect it, drop it and push messages to it. */
export type FakeStomp = StompLike & {
  handlers: Map<string, (message: StompMessage) => void>;
  /** Connects (again), as the server accepting the session would. */
  connect: () => void;
  /** Loses the connection. */
  drop: () => void;
  /** Delivers `value` as JSON to the subscription of `destination`. */
  push: (destination: string, value: unknown) => void;
};

export function fakeStompClient(): FakeStomp {
  const handlers = new Map<string, (message: StompMessage) => void>();
  const client: FakeStomp = {
    handlers,
    active: false,
    connected: false,
    onConnect: () => undefined,
    onWebSocketClose: () => undefined,
    onStompError: () => undefined,
    activate: () => undefined,
    deactivate: () => undefined,
    subscribe: (destination, callback) => {
      handlers.set(destination, callback);
      return { unsubscribe: () => handlers.delete(destination) };
    },
    connect: () =>
      act(() => {
        client.connected = true;
        client.onConnect({} as never);
      }),
    drop: () =>
      act(() => {
        client.connected = false;
        handlers.clear();
        client.onWebSocketClose({});
      }),
    push: (destination, value) =>
      act(() => handlers.get(destination)?.({ body: JSON.stringify(value) })),
  };
  return client;
}
