import { useRouteError } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';

/** Shown inside the shell when a screen throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="page">
      <h1>Something went wrong</h1>
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
