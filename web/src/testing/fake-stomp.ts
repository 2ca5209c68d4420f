import type { StompLike } from '@/lib/live/connection';

/** A STOMP client without a server: tests connect it and push messages to its subscriptions. */
export function fakeStompClient() {
  const handlers = new Map<string, (message: { body: string }) => void>();
  const client: StompLike & { handlers: typeof handlers } = {
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
  };
  return client;
}
