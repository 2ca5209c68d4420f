import { Outlet } from 'react-router';

import { AppShell } from '@/components/layouts/app-shell';
import { Toaster } from '@/components/ui/toaster';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { WebhookNotice } from '@/features/webhooks/components/webhook-notice';
import { LiveIndicator } from '@/lib/live/live-indicator';
import { LiveProvider } from '@/lib/live/live-provider';

import { DesktopNotificationsToggle, LiveNotifications } from './live-notifications';

export function RootLayout() {
  return (
    <LiveProvider>
      <AppShell
        status={<LiveIndicator />}
        account={
          <>
            <DesktopNotificationsToggle />
            <AccountMenu />
          </>
        }
      >
        <Outlet />
      </AppShell>
      <LiveNotifications />
      <WebhookNotice />
      <Toaster />
    </LiveProvider>
  );
}
