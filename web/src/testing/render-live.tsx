import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { LiveConnection } from '@/lib/live/connection';
import { LiveProvider } from '@/lib/live/live-provider';

import { fakeStompClient } from './fake-stomp';
import { createTestQueryClient } from './test-utils';

/**
 * Renders `ui` with a query client and a live connection on a fake STOMP client, at `url`; the
 * test connects the client and pushes events to it.
 */
export function renderLive(ui: ReactNode, url = '/') {
  const client = fakeStompClient();
  const live = new LiveConnection({ fetchEvents: vi.fn(), createClient: () => client });
  const queryClient = createTestQueryClient();
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      <QueryClientProvider client={queryClient}>
        <LiveProvider connection={live}>{ui}</LiveProvider>
      </QueryClientProvider>
    </MemoryRouter>,
  );
  return { ...result, client, queryClient };
}
