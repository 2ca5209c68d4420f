import { useState, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { paths } from '@/config/paths';

export type AppShellProps = {
  children: ReactNode;
  /** The signed-in user's links and sign-out, at the right of the bar. */
  account?: ReactNode;
  /** Always in view, also on a phone (the live indicator). */
  status?: ReactNode;
};

const LINKS = [
  { to: paths.newBatch.getHref(), label: 'New batch', end: false },
  { to: paths.batches.getHref(), label: 'Batches', end: true },
  { to: paths.downloads.getHref(), label: 'Downloads', end: false },
  { to: paths.webhooks.getHref(), label: 'Webhooks', end: false },
  { to: paths.templates.getHref(), label: 'Templates', end: false },
  { to: paths.sites.getHref(), label: 'Sites', end: false },
];

/**
 * The page frame: a bar with the brand, the main links and the account; on a narrow screen the
 * links and the account fold into a Menu button, so the page never gets wider than the phone.
 */
export function AppShell({ children, account, status }: AppShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);
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
          {status}
          <button
            type="button"
            className="button shell__menu-button"
            aria-expanded={menuOpen}
            aria-controls="shell-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
          <div
            id="shell-menu"
            className={menuOpen ? 'shell__menu shell__menu--open' : 'shell__menu'}
            onClick={(event) => {
              // a link followed from the folded menu closes it
              if ((event.target as HTMLElement).closest('a')) setMenuOpen(false);
            }}
          >
            <nav aria-label="Main">
              <ul className="shell__nav">
                {LINKS.map((link) => (
                  <li key={link.label}>
                    <NavLink
                      end={link.end}
                      to={link.to}
                      className={({ isActive }) =>
                        isActive ? 'nav-link nav-link--active' : 'nav-link'
                      }
                    >
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            {account}
          </div>
        </div>
      </header>
      <main id="main" className="shell__main">
        {children}
      </main>
    </div>
  );
}
