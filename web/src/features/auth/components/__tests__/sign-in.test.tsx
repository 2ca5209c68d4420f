import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { page } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const signedOut = () => problem({ title: 'Sign-in required', status: 401 });

describe('Sign-in', () => {
  it('sends a signed-out visitor to the sign-in page and back where they were after', async () => {
    let signedIn = false;
    const { requests } = mockApi({
      'GET /api/auth/me': () => (signedIn ? json({ username: 'ann', role: 'USER' }) : signedOut()),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json({ username: 'ann', role: 'USER' });
      },
      'GET /api/articles/queue': page([]),
    });
    document.cookie = 'XSRF-TOKEN=csrf-value';
    const { user, router } = renderApp('/batches', { me: null });

    expect(await screen.findByRole('heading', { name: 'Sign in to Bulkwriter' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
    await user.type(screen.getByLabelText('Username'), 'ann');
    await user.type(screen.getByLabelText('Password'), 'ann-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'No batches yet' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/batches');
    expect(screen.getByText('ann')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    const [login] = requests('POST /api/auth/login');
    expect(JSON.parse(String(login.init?.body))).toEqual({
      username: 'ann',
      password: 'ann-password',
    });
    expect(login.init?.headers).toMatchObject({ 'X-XSRF-TOKEN': 'csrf-value' });
  });

  it('says so when the credentials are wrong, and never follows a link to another site', async () => {
    mockApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': () =>
        problem({ title: 'Sign-in required', status: 401, detail: 'Wrong username or password' }),
    });
    const { user } = renderApp('/sign-in?next=//evil.example', { me: null });
    await user.type(screen.getByLabelText('Username'), 'ann');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong username or password')).toBeVisible();
  });

  it('goes home, not elsewhere, after signing in from a foreign next link', async () => {
    mockApi({
      'POST /api/auth/login': { username: 'admin', role: 'ADMIN' },
      'GET /api/articles/queue': page([]),
    });
    const { user, router } = renderApp('/sign-in?next=https://evil.example', { me: null });
    await user.type(screen.getByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'No batches yet' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('signs out from the shell and lands on the sign-in page', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue': page([]),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp('/batches');
    expect(await screen.findByRole('link', { name: 'Users' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Bulkwriter' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(requests('POST /api/auth/logout')).toHaveLength(1);
  });

  it('goes to sign-in when any call answers 401 while the page is open', async () => {
    let expired = false;
    mockApi({
      'GET /api/auth/me': () => (expired ? signedOut() : json({ username: 'a', role: 'USER' })),
      'GET /api/articles/queue': () => {
        expired = true;
        return signedOut();
      },
    });
    const { router } = renderApp('/batches', { me: null });
    expect(await screen.findByRole('heading', { name: 'Sign in to Bulkwriter' })).toBeVisible();
    expect(router.state.location.search).toBe('?next=%2Fbatches');
  });

  it('shows other failures of the sign-in check instead of a blank page', async () => {
    mockApi({
      'GET /api/auth/me': () => problem({ title: 'Server error', status: 500, detail: 'Boom' }),
    });
    renderApp('/batches', { me: null });
    expect(await screen.findByText('Could not check your sign-in')).toBeVisible();
  });
});
