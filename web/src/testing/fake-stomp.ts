import type { StompLike } from '@/lib/live/connection';

/**
 * A STOMP client that never opens a socket: a test connects it (`connected = true`, then
 * `onConnect`) and pushes messages through the handler a subscription registered.
 */
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
