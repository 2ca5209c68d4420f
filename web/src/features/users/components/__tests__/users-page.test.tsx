import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import type { User } from '@/types/api';
import { renderApp } from '@/testing/test-utils';

const user = (username: string, enabled = true): User => ({
  username,
  role: 'USER',
  enabled,
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
});

describe('Users page', () => {
  it('creates, disables, enables and resets the password of accounts', async () => {
    let users = [{ ...user('admin'), role: 'ADMIN' as const }, user('ann')];
    const { requests } = mockApi({
      'GET /api/users': () => json(users),
      'POST /api/users': () => {
        users = [...users, user('bob')];
        return json(user('bob'), 201);
      },
      'POST /api/users/ann/disable': () => {
        users = users.map((u) => (u.username === 'ann' ? { ...u, enabled: false } : u));
        return json(user('ann', false));
      },
      'POST /api/users/ann/enable': () => {
        users = users.map((u) => (u.username === 'ann' ? { ...u, enabled: true } : u));
        return json(user('ann'));
      },
      'POST /api/users/ann/password': () => json(user('ann')),
    });
    const { user: clicker } = renderApp('/users');
    expect(await screen.findAllByTestId('user-row')).toHaveLength(2);

    const form = screen.getByRole('region', { name: 'New user' });
    await clicker.type(within(form).getByLabelText('Username'), 'bob');
    await clicker.type(within(form).getByLabelText('Password'), 'bob-password');
    await clicker.selectOptions(within(form).getByLabelText('Role'), 'ADMIN');
    await clicker.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('Created bob.')).toBeVisible();
    expect(JSON.parse(String(requests('POST /api/users')[0].init?.body))).toEqual({
      username: 'bob',
      password: 'bob-password',
      role: 'ADMIN',
    });
    expect(await screen.findAllByTestId('user-row')).toHaveLength(3);

    await clicker.click(screen.getByRole('button', { name: 'Disable ann' }));
    expect(await screen.findByRole('button', { name: 'Enable ann' })).toBeVisible();
    await clicker.click(screen.getByRole('button', { name: 'Enable ann' }));
    expect(await screen.findByRole('button', { name: 'Disable ann' })).toBeVisible();

    await clicker.click(screen.getByRole('button', { name: 'Reset the password of ann' }));
    await clicker.click(screen.getByRole('button', { name: 'Cancel' }));
    await clicker.click(screen.getByRole('button', { name: 'Reset the password of ann' }));
    await clicker.type(screen.getByLabelText('New password for ann'), 'new-password-1');
    await clicker.click(screen.getByRole('button', { name: 'Save password' }));
    expect(await screen.findByText(/Password changed; every session and token/)).toBeVisible();
    expect(JSON.parse(String(requests('POST /api/users/ann/password')[0].init?.body))).toEqual({
      password: 'new-password-1',
    });
    // it types and clicks a lot: more than the default 5 s on a busy machine
  }, 15_000);

  it('shows why a change was refused', async () => {
    mockApi({
      'GET /api/users': [user('admin')],
      'POST /api/users/admin/disable': () =>
        problem({ title: 'Conflict', status: 409, detail: 'You cannot disable your own account' }),
      'POST /api/users': () =>
        problem({
          title: 'Invalid request',
          status: 400,
          detail: 'The account cannot be created as it is.',
          errors: [{ row: null, field: 'password', message: 'use at least 12 characters' }],
        }),
      'POST /api/users/admin/password': () =>
        problem({ title: 'Invalid request', status: 400, detail: 'The password cannot be used.' }),
    });
    const { user: clicker } = renderApp('/users');
    await clicker.click(await screen.findByRole('button', { name: 'Disable admin' }));
    expect(await screen.findByText('You cannot disable your own account')).toBeVisible();

    const form = screen.getByRole('region', { name: 'New user' });
    await clicker.type(within(form).getByLabelText('Username'), 'x');
    await clicker.type(within(form).getByLabelText('Password'), 'long enough!');
    await clicker.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText(/use at least 12 characters/)).toBeVisible();

    await clicker.click(screen.getByRole('button', { name: 'Reset the password of admin' }));
    await clicker.type(screen.getByLabelText('New password for admin'), 'whatever-123');
    await clicker.click(screen.getByRole('button', { name: 'Save password' }));
    expect(await screen.findByText('The password cannot be used.')).toBeVisible();
  });

  it("lists an account's API tokens and revokes one", async () => {
    let tokens = [
      { id: 't-1', name: 'nightly', createdAt: '2026-11-28T10:00:00Z', lastUsedAt: null },
      {
        id: 't-2',
        name: 'laptop',
        createdAt: '2026-11-28T10:00:00Z',
        lastUsedAt: '2026-11-29T10:00:00Z',
      },
    ];
    const { requests } = mockApi({
      'GET /api/users': [user('admin'), user('ann')],
      'GET /api/users/ann/tokens': () => json(tokens),
      'DELETE /api/users/ann/tokens/t-1': () => {
        tokens = tokens.filter((t) => t.id !== 't-1');
        return new Response(null, { status: 204 });
      },
      'DELETE /api/users/ann/tokens/t-2': () => new Response(null, { status: 204 }),
    });
    const { user: clicker } = renderApp('/users');
    await clicker.click(await screen.findByRole('button', { name: 'API tokens of ann' }));
    const list = await screen.findByRole('region', { name: 'Tokens of ann' });
    expect(await within(list).findByText(/nightly/)).toBeVisible();
    expect(within(list).getByText(/laptop/)).toBeVisible();

    await clicker.click(within(list).getByRole('button', { name: 'Revoke nightly of ann' }));
    await waitFor(() => expect(within(list).queryByText(/nightly/)).toBeNull());
    expect(requests('DELETE /api/users/ann/tokens/t-1')).toHaveLength(1);

    tokens = [];
    await clicker.click(within(list).getByRole('button', { name: 'Revoke laptop of ann' }));
    expect(await within(list).findByText('No live tokens.')).toBeVisible();
    await clicker.click(screen.getByRole('button', { name: 'API tokens of ann' }));
    expect(screen.queryByRole('region', { name: 'Tokens of ann' })).toBeNull();
  });

  it('says when the list cannot be loaded (a USER gets 403)', async () => {
    mockApi({
      'GET /api/users': () =>
        problem({ title: 'Forbidden', status: 403, detail: 'This needs the ADMIN role' }),
    });
    renderApp('/users');
    expect(await screen.findByText('This needs the ADMIN role')).toBeVisible();
  });
});
