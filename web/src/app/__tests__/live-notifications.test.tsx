import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { Toaster } from '@/components/ui/toaster';
import { LiveConnection } from '@/lib/live/connection';
import type { LiveEvent } from '@/lib/live/events';
import { LiveIndicator } from '@/lib/live/live-indicator';
import { LiveProvider } from '@/lib/live/live-provider';
import { fakeStompClient } from '@/testing/fake-stomp';
import { createTestQueryClient } from '@/testing/test-utils';

import { DesktopNotificationsToggle, LiveNotifications } from '../routes/live-notifications';

const notice = (
  type: NonNullable<LiveEvent['notification']>['type'],
  message: string,
  seq: number,
): LiveEvent => ({
  batchId: 'b-1',
  seq,
  kind: 'NOTIFICATION',
  at: '2026-11-28T12:00:00Z',
  notification: { type, batchName: 'Garden', message, count: 1 },
});

describe('live notifications', () => {
  it('shows the connection state and one toast per subject', async () => {
    const client = fakeStompClient();
    const live = new LiveConnection({ fetchEvents: vi.fn(), createClient: () => client });
    render(
      <MemoryRouter>
        <QueryClientProvider client={createTestQueryClient()}>
          <LiveProvider connection={live}>
            <LiveIndicator />
            <LiveNotifications />
            <DesktopNotificationsToggle />
            <Toaster />
          </LiveProvider>
        </QueryClientProvider>
      </MemoryRouter>,
    );
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Connecting…');
    act(() => {
      client.connected = true;
      client.onConnect({} as never);
    });
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Live');

    const push = (event: LiveEvent) =>
      act(() =>
        client.handlers.get('/user/queue/notifications')?.({ body: JSON.stringify(event) }),
      );
    push(notice('ARTICLES_FAILED', '3 articles of Garden failed', 1));
    push(notice('ARTICLES_FAILED', '9 articles of Garden failed', 2));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('9 articles of Garden failed');
    expect(screen.getByRole('button', { name: 'View failed' })).toBeInTheDocument();

    push(notice('BATCH_PAUSED', 'Garden is paused: Provider error', 3));
    push(notice('BATCH_FINISHED', 'Garden is finished', 4));
    push(notice('BATCH_CANCELLED', 'Garden is cancelled', 5));
    expect(screen.getByText('Garden is paused: Provider error')).toBeInTheDocument();
    expect(screen.getByText('Garden is finished')).toBeInTheDocument();
    expect(screen.getByText('Garden is cancelled')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'View failed' }));
    expect(screen.queryByText('9 articles of Garden failed')).not.toBeInTheDocument();
    for (const close of screen.getAllByRole('button', { name: 'Close' })) {
      await userEvent.click(close);
    }
    expect(screen.queryByText('Garden is finished')).not.toBeInTheDocument();

    act(() => client.onWebSocketClose({}));
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Reconnecting…');
  });
});
