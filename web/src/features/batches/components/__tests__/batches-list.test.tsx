import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeBatch, page } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const QUEUE = 'GET /api/articles/queue';

function lastQuery(requests: ReturnType<typeof mockApi>['requests']) {
  const all = requests(QUEUE);
  return Object.fromEntries(all[all.length - 1].url.searchParams);
}

describe('BatchesPage search, filters, order and paging', () => {
  it('asks for what the address says, so a reload keeps the list as it was', async () => {
    const { requests } = mockApi({ [QUEUE]: page([makeBatch({ status: 'COMPLETED' })]) });

    renderApp('/batches?q=hiking&in=keyword&status=COMPLETED&archived=true&sort=name&order=desc');

    await screen.findAllByTestId('batch-row');
    expect(lastQuery(requests)).toEqual({
      page: '0',
      size: '50',
      q: 'hiking',
      searchIn: 'keyword',
      status: 'COMPLETED',
      archived: 'true',
      sort: 'name',
      order: 'desc',
    });
    expect(screen.getByRole('searchbox')).toHaveValue('hiking');
    expect(screen.getByRole('columnheader', { name: /name/i })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('searches on submit, filters at once and starts again at the first page', async () => {
    const { requests } = mockApi({
      [QUEUE]: page([makeBatch({ status: 'COMPLETED' })], { totalElements: 120, totalPages: 3 }),
    });
    const { user, router } = renderApp('/batches');
    await screen.findAllByTestId('batch-row');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(lastQuery(requests).page).toBe('1'));
    expect(router.state.location.search).toBe('?page=1');

    await user.type(screen.getByRole('searchbox'), 'boots');
    await user.selectOptions(screen.getByLabelText('in'), 'name');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(lastQuery(requests)).toMatchObject({ q: 'boots', page: '0' }));
    expect(lastQuery(requests).searchIn).toBe('name');

    await user.selectOptions(screen.getByLabelText('Status'), 'PAUSED');
    await waitFor(() => expect(lastQuery(requests).status).toBe('PAUSED'));
    await user.selectOptions(screen.getByLabelText('Show'), 'all');
    await waitFor(() => expect(lastQuery(requests).archived).toBe('all'));
    await user.type(screen.getByLabelText('Created from'), '2026-12-01');
    await waitFor(() => expect(lastQuery(requests).createdFrom).toBeDefined());

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('sorts by a column header, and reverses on a second click', async () => {
    const { requests } = mockApi({ [QUEUE]: page([makeBatch({ status: 'COMPLETED' })]) });
    const { user } = renderApp('/batches');
    await screen.findAllByTestId('batch-row');
    expect(screen.getByRole('columnheader', { name: /created/i })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.click(screen.getByRole('button', { name: /articles/i }));
    await waitFor(() => expect(lastQuery(requests).sort).toBe('articles'));
    expect(lastQuery(requests).order).toBeUndefined();
    await user.click(screen.getByRole('button', { name: /articles/i }));
    await waitFor(() => expect(lastQuery(requests).order).toBe('asc'));
  });

  it('says when nothing matches and offers the whole list again', async () => {
    const { requests } = mockApi({ [QUEUE]: page([]) });
    const { user, router } = renderApp('/batches?q=nothing');

    expect(await screen.findByText(/No batches match/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'No batches yet' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all batches' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(lastQuery(requests).q).toBeUndefined());
  });

  it('offers the owner filter to admins only', async () => {
    mockApi({ [QUEUE]: page([makeBatch({ status: 'COMPLETED' })]) });
    renderApp('/batches');
    await screen.findAllByTestId('batch-row');
    expect(screen.getByLabelText('Owner')).toBeInTheDocument();
  });

  it('hides the owner filter from users', async () => {
    mockApi({ [QUEUE]: page([makeBatch({ status: 'COMPLETED', owner: 'alice' })]) });
    renderApp('/batches', { me: { username: 'alice', role: 'USER' } });
    await screen.findAllByTestId('batch-row');
    expect(screen.queryByLabelText('Owner')).not.toBeInTheDocument();
  });

  it('marks archived batches and follows deletions in the background', async () => {
    let remaining = 40;
    mockApi({
      [QUEUE]: page([
        makeBatch({
          id: 'b-1',
          name: 'Old one',
          status: 'COMPLETED',
          archivedAt: '2026-12-01T00:00:00Z',
        }),
      ]),
      'GET /api/articles/queue/deletions': () =>
        new Response(
          JSON.stringify(
            remaining > 0
              ? [
                  {
                    id: 'b-9',
                    name: 'Huge batch',
                    owner: 'admin',
                    articles: 100,
                    remaining: (remaining -= 20) + 20,
                    since: '2026-12-03T10:00:00Z',
                  },
                ]
              : [],
          ),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    });
    renderApp('/batches?archived=all');

    const row = (await screen.findAllByTestId('batch-row'))[0];
    expect(within(row).getByText('Archived')).toBeInTheDocument();
    const deleting = await screen.findByRole('region', { name: 'Deleting in the background' });
    expect(
      within(deleting).getByText(/“Huge batch”: 60 of 100 articles removed/),
    ).toBeInTheDocument();
    expect(
      within(deleting).getByRole('progressbar', { name: 'Deleting Huge batch' }),
    ).toHaveAttribute('aria-valuenow', '60');
    await waitFor(
      () =>
        expect(
          screen.queryByRole('region', { name: 'Deleting in the background' }),
        ).not.toBeInTheDocument(),
      { timeout: 5000 },
    );
  });
});
