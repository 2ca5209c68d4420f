import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { AppShell } from '../layouts/app-shell';

describe('AppShell', () => {
  it('folds the links and the account into a Menu button that a followed link closes', async () => {
    render(
      <MemoryRouter>
        <AppShell status={<span>Live</span>} account={<button type="button">Sign out</button>}>
          <p>Page</p>
        </AppShell>
      </MemoryRouter>,
    );
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('shell-menu')).not.toHaveClass('shell__menu--open');
    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('shell-menu')).toHaveClass('shell__menu--open');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('link', { name: 'Downloads' }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Live')).toBeInTheDocument();
  });
});
