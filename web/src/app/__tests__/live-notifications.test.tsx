import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { Toaster } from '@/components/ui/toaster';
import type { LiveEvent } from '@/lib/live/events';
import type { ExportEvent } from '@/lib/live/export-events';
import { LiveIndicator } from '@/lib/live/live-indicator';
import { renderLive } from '@/testing/render-live';

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
    const { client } = renderLive(
      <>
        <LiveIndicator />
        <LiveNotifications />
        <DesktopNotificationsToggle />
        <Toaster />
      </>,
    );
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Connecting…');
    client.connect();
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Live');

    const push = (event: LiveEvent) => client.push('/user/queue/notifications', event);
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

    client.drop();
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Reconnecting…');
  });

  it('turns desktop notifications on and off, and shows which it is', async () => {
    const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = async () => {
        FakeNotification.permission = await requestPermission();
        return FakeNotification.permission;
      };
    }
    vi.stubGlobal('Notification', FakeNotification);
    renderLive(<DesktopNotificationsToggle />);
    const toggle = screen.getByRole('button', { name: 'Notify me when done' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(requestPermission).toHaveBeenCalled();
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveTextContent('Notifying when done');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(localStorage.getItem('bulkwriter.desktop-notifications')).toBe('off');
  });

  it('reconnects at once on "Reconnect now" and reads the shown data again when live', async () => {
    const { client, queryClient } = renderLive(<LiveIndicator />);
    client.connect();
    expect(screen.queryByRole('button', { name: 'Reconnect now' })).toBeNull();
    const refresh = vi.spyOn(queryClient, 'invalidateQueries');
    const activate = vi.spyOn(client, 'activate');
    client.drop();
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect now' }));
    expect(screen.getByTitle('Live updates')).toHaveTextContent('Connecting…');
    await vi.waitFor(() => expect(activate).toHaveBeenCalled());
    expect(refresh).not.toHaveBeenCalled();
    client.connect();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Reconnect now' })).toBeNull();
  });

  it('offers a ready export for download and links a failed one to Downloads, on any page', async () => {
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { client, queryClient } = renderLive(
      <>
        <Routes>
          <Route path="/batches" element={<p>The batches</p>} />
          <Route path="/downloads" element={<p>The downloads</p>} />
        </Routes>
        <LiveNotifications />
        <Toaster />
      </>,
      '/batches',
    );
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    client.connect();
    const exportNotice = (
      type: 'EXPORT_READY' | 'EXPORT_FAILED',
      message: string,
      downloadUrl: string | null,
    ): ExportEvent => ({
      kind: 'NOTIFICATION',
      at: '2026-11-28T12:00:00Z',
      export: {
        id: `e-${type}`,
        status: type === 'EXPORT_READY' ? 'SUCCEEDED' : 'FAILED',
        processed: 12,
        articles: 12,
        progress: 100,
        fileName: 'Garden-2026-11-28-1200.zip',
        sizeBytes: 2048,
        error: type === 'EXPORT_FAILED' ? 'disk full' : null,
        downloadUrl,
      },
      notification: { type, message, count: 12 },
    });

    client.push(
      '/user/queue/notifications',
      exportNotice(
        'EXPORT_READY',
        'Export ready: Garden-2026-11-28-1200.zip (12 articles, 2.0 KB)',
        '/api/exports/e-1/download',
      ),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Export ready: Garden-2026-11-28-1200.zip',
    );
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['exports'] });
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/exports/e-1/download');
    expect(link.download).toBe('Garden-2026-11-28-1200.zip');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(screen.queryByText(/Export ready/)).not.toBeInTheDocument();

    client.push(
      '/user/queue/notifications',
      exportNotice('EXPORT_FAILED', 'Export Garden-2026-11-28-1200.zip failed: disk full', null),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('failed: disk full');
    await userEvent.click(screen.getByRole('button', { name: 'View' }));
    expect(screen.getByText('The downloads')).toBeInTheDocument();
  });
});
