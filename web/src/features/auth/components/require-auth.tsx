import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { ApiError, onUnauthorized } from '@/lib/api-client';

import { authKeys, useMe } from '../api/auth';

/**
 * Shows its children to a signed-in user only; anybody else, and anybody whose session ends while
 * the page is open (any API call answering 401), goes to the sign-in page and comes back after.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onUnauthorized((path) => {
        // the sign-in check itself answering 401 is handled below; refetching it would loop
        if (!path.startsWith('/api/auth/')) {
          void queryClient.invalidateQueries({ queryKey: authKeys.me });
        }
      }),
    [queryClient],
  );

  if (me.isPending) return <Spinner label="Checking your sign-in" />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      return <Navigate to={paths.signIn.getHref(location.pathname + location.search)} replace />;
    }
    return <ErrorMessage error={me.error} title="Could not check your sign-in" />;
  }
  return <>{children}</>;
}
