import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { paths } from '@/config/paths';

export type AppShellProps = {
  children: ReactNode;
  /** The signed-in user's links and sign-out, at the right of the bar. */
  account?: ReactNode;
};

export function AppShell({ children, account }: AppShellProps) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to={paths.home.getHref()} className="shell__brand">
            Bulkwriter
          </Link>
          <nav aria-label="Main">
            <ul className="shell__nav">
              <li>
                <NavLink
                  to={paths.newBatch.getHref()}
                  className={({ isActive }) =>
                    isActive ? 'nav-link nav-link--active' : 'nav-link'
                  }
                >
                  New batch
                </NavLink>
              </li>
              <li>
                <NavLink
                  end
                  to={paths.batches.getHref()}
                  className={({ isActive }) =>
                    isActive ? 'nav-link nav-link--active' : 'nav-link'
                  }
                >
                  Batches
                </NavLink>
              </li>
              <li>
                <NavLink
                  to={paths.downloads.getHref()}
                  className={({ isActive }) =>
                    isActive ? 'nav-link nav-link--active' : 'nav-link'
                  }
                >
                  Downloads
                </NavLink>
              </li>
            </ul>
          </nav>
          {account}
        </div>
      </header>
      <main id="main" className="shell__main">
        {children}
      </main>
    </div>
  );
}
