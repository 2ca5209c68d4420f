import { Link, useLocation } from 'react-router';

import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const location = useLocation();
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code>{location.pathname}</code>.
      </p>
      <p>
        <Link to={paths.batches.getHref()}>Go to the batches</Link>
      </p>
    </div>
  );
}
