import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { makeBatch, page } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

import { App } from '..';

describe('App shell and routes', () => {
  it('shows a not-found message inside the shell for unknown routes', async () => {
    mockApi({});
    const { user } = renderApp('/no/such/page');
    expect(await screen.findByRole('link', { name: 'Bulkwriter' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();

    mockApi({ 'GET /api/articles/queue': page([]) });
    await user.click(screen.getByRole('link', { name: 'Go to the batches' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Batches' })).toBeInTheDocument();
  });

  it('navigates from the list to a batch through the nav and links', async () => {
    mockApi({
      'GET /api/articles/queue': page([makeBatch({ id: 'b-1', status: 'COMPLETED' })]),
      'GET /api/articles/queue/b-1': { ...makeBatch({ id: 'b-1' }), items: page([]) },
    });
    const { user, router } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Batches');

    await user.click(await screen.findByRole('link', { name: 'Garden keywords' }));
    expect(router.state.location.pathname).toBe('/batches/b-1');
    expect(await screen.findByRole('region', { name: 'Settings' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Batches' }));
    expect(router.state.location.pathname).toBe('/batches');
  });

  it('shows a render error inside the shell instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // A malformed answer (no counts) makes the screen throw while rendering.
    mockApi({ 'GET /api/articles/queue': page([{ ...makeBatch(), counts: undefined }]) });
    renderApp('/batches');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bulkwriter' })).toBeInTheDocument();
  });

  it('boots the real app with the browser router', async () => {
    mockApi({ 'GET /api/articles/queue': page([]) });
    window.history.pushState({}, '', '/batches');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No batches yet' })).toBeInTheDocument();
  });
});
