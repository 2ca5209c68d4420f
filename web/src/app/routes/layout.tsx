import { Outlet } from 'react-router';

import { AppShell } from '@/components/layouts/app-shell';
import { AccountMenu } from '@/features/auth/components/account-menu';

export function RootLayout() {
  return (
    <AppShell account={<AccountMenu />}>
      <Outlet />
    </AppShell>
  );
}
