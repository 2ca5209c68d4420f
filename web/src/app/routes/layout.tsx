import { Outlet } from 'react-router';

import { AppShell } from '@/components/layouts/app-shell';

export function RootLayout() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}
