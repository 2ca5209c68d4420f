import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';
import { preloadScreens, routes } from '@/app/router';
import type { Me } from '@/types/api';

// the screens load lazily in the app; a test should not wait for a module's first load
await preloadScreens();

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** The user `renderApp` signs in by default (the auth feature's `['auth', 'me']` query). */
export const signedInAdmin: Me = { username: 'admin', role: 'ADMIN' };

export type RenderAppOptions = {
  /** Who is signed in when the page opens; `null` asks the (mocked) API instead. */
  me?: Me | null;
};

/**
 * Renders the whole app (shell, routes, providers) at `url`, as a user would open it, signed in
 * as the admin unless `me` says otherwise.
 */
export function renderApp(url = '/', { me = signedInAdmin }: RenderAppOptions = {}) {
  const queryClient = createTestQueryClient();
  if (me) queryClient.setQueryData(['auth', 'me'], me);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, user, router, queryClient };
}
