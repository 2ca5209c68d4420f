import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

describe('Password page', () => {
  it('changes the password with the current one and says the other sessions ended', async () => {
    const { requests } = mockApi({
      'POST /api/auth/password': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/password');
    await user.type(await screen.findByLabelText('Current password'), 'Old-Harbour-2047');
    await user.type(screen.getByLabelText('New password'), 'New-Lantern-5823');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText(/Your other sessions were signed out/)).toBeVisible();
    expect(JSON.parse(String(requests('POST /api/auth/password')[0].init?.body))).toEqual({
      currentPassword: 'Old-Harbour-2047',
      newPassword: 'New-Lantern-5823',
    });
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });

  it('shows why the change was refused', async () => {
    mockApi({
      'POST /api/auth/password': () =>
        problem({
          title: 'Invalid request',
          status: 400,
          detail: 'The current password is wrong.',
          errors: [
            { row: null, field: 'currentPassword', message: 'is not your current password' },
          ],
        }),
    });
    const { user } = renderApp('/password');
    await user.type(await screen.findByLabelText('Current password'), 'not-it-at-all');
    await user.type(screen.getByLabelText('New password'), 'New-Lantern-5823');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/is not your current password/)).toBeVisible();
  });

  it('is linked from the account menu', async () => {
    mockApi({});
    renderApp('/password');
    expect(await screen.findByRole('link', { name: 'Password' })).toHaveAttribute(
      'href',
      '/password',
    );
  });
});
