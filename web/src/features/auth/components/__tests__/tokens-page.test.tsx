import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const token = {
  id: 't-1',
  name: 'nightly import',
  createdAt: '2026-11-28T10:00:00Z',
  lastUsedAt: null,
};

describe('API tokens page', () => {
  it('lists tokens, shows a new token once and revokes one', async () => {
    let tokens = [token];
    const { requests } = mockApi({
      'GET /api/auth/tokens': () => json(tokens),
      'POST /api/auth/tokens': () => {
        tokens = [{ ...token, id: 't-2', name: 'ci' }, ...tokens];
        return json({ token: 'bw_secret-value' }, 201);
      },
      'DELETE /api/auth/tokens/t-1': () => {
        tokens = tokens.filter((t) => t.id !== 't-1');
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/tokens');
    expect(await screen.findByText('nightly import')).toBeVisible();
    expect(screen.getByText('never')).toBeVisible();

    await user.type(screen.getByLabelText('Name'), 'ci');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByTestId('new-token')).toHaveTextContent('bw_secret-value');
    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe('bw_secret-value');
    expect(screen.getByText('Copied to the clipboard.')).toBeVisible();
    expect(await screen.findByText('ci')).toBeVisible();
    expect(JSON.parse(String(requests('POST /api/auth/tokens')[0].init?.body))).toEqual({
      name: 'ci',
    });

    await user.click(screen.getByRole('button', { name: 'Revoke nightly import' }));
    expect(requests('DELETE /api/auth/tokens/t-1')).toHaveLength(1);
    await screen.findByRole('button', { name: 'Revoke ci' });
    expect(screen.queryByText('nightly import')).not.toBeInTheDocument();
  });

  it('says when there are no tokens and when creating fails', async () => {
    mockApi({
      'GET /api/auth/tokens': [],
      'POST /api/auth/tokens': () =>
        problem({ title: 'Invalid request', status: 400, detail: 'The token name is too long.' }),
    });
    const { user } = renderApp('/tokens');
    expect(await screen.findByText('No tokens yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('The token name is too long.')).toBeVisible();
  });
});
