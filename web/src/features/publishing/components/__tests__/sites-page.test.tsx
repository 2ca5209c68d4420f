import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { Site } from '@/types/api';

const site = (overrides: Partial<Site> = {}): Site => ({
  id: 's-1',
  owner: 'admin',
  name: 'Coffee blog',
  url: 'https://coffee.example',
  username: 'editor',
  requestPaceMs: null,
  defaults: null,
  timezone: null,
  lastCheck: null,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

const okCheck = {
  ok: true,
  restApi: true,
  authenticated: true,
  canPublishPosts: true,
  canManageTerms: true,
  canUploadMedia: true,
  siteName: 'Coffee',
  timezone: 'Europe/Berlin',
  problems: [],
  checkedAt: '2026-12-01T10:00:00Z',
};

describe('Sites page', () => {
  it('connects a site, tests it at once and never shows the password again', async () => {
    const { requests } = mockApi({
      'GET /api/sites': [],
      'POST /api/sites': () => json(site(), 201),
      'POST /api/sites/s-1/test': okCheck,
    });
    const { user } = renderApp('/sites');
    expect(await screen.findByText('No sites yet.', {}, { timeout: 10_000 })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Site address'), 'https://coffee.example');
    await user.type(screen.getByLabelText('Username'), 'editor');
    await user.type(screen.getByLabelText('Application password'), 'abcd efgh');
    await user.click(screen.getByRole('button', { name: 'Connect site' }));

    expect(await screen.findByText('Coffee blog: connection OK')).toBeInTheDocument();
    const body = JSON.parse(String(requests('POST /api/sites')[0].init?.body));
    expect(body).toEqual({
      url: 'https://coffee.example',
      username: 'editor',
      applicationPassword: 'abcd efgh',
    });
    expect(screen.getByLabelText('Application password')).toHaveValue('');
    expect(requests('POST /api/sites/s-1/test')).toHaveLength(1);
  });

  it('lists sites with their last test, tests again and removes', async () => {
    const { requests } = mockApi({
      'GET /api/sites': [
        site({ lastCheck: okCheck, timezone: 'Europe/Berlin' }),
        site({
          id: 's-2',
          name: 'Tea blog',
          lastCheck: { ...okCheck, ok: false, problems: ['WordPress refused the password (401)'] },
        }),
      ],
      'POST /api/sites/s-2/test': {
        ...okCheck,
        ok: false,
        problems: ['The user may not publish posts (publish_posts)'],
      },
      'DELETE /api/sites/s-1': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/sites');
    const rows = await screen.findAllByRole('row', {}, { timeout: 10_000 });
    expect(within(rows[1]).getByText(/OK · Europe\/Berlin/)).toBeInTheDocument();
    expect(within(rows[2]).getByText('WordPress refused the password (401)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Test connection to Tea blog' }));
    expect(
      await screen.findByText('Tea blog: The user may not publish posts (publish_posts)'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Coffee blog' }));
    expect(requests('DELETE /api/sites/s-1')).toHaveLength(1);
  });

  it('shows why a site could not be connected', async () => {
    mockApi({
      'GET /api/sites': [],
      'POST /api/sites': () =>
        problem({
          title: 'Request refused',
          status: 422,
          detail: 'Set BULKWRITER_SECRETS_KEY (openssl rand -base64 32)',
        }),
    });
    const { user } = renderApp('/sites');
    await user.type(
      await screen.findByLabelText('Site address', {}, { timeout: 10_000 }),
      'https://x.example',
    );
    await user.type(screen.getByLabelText('Username'), 'u');
    await user.type(screen.getByLabelText('Application password'), 'p');
    await user.click(screen.getByRole('button', { name: 'Connect site' }));
    expect(await screen.findByText(/BULKWRITER_SECRETS_KEY/)).toBeInTheDocument();
  });

  it('edits a site, keeps the password unless a new one is typed, and tests it again', async () => {
    const { requests } = mockApi({
      'GET /api/sites': [site({ lastCheck: okCheck })],
      'PUT /api/sites/s-1': () =>
        json(site({ name: 'Coffee journal', url: 'https://journal.example' })),
      'POST /api/sites/s-1/test': okCheck,
    });
    const { user } = renderApp('/sites');
    await user.click(
      await screen.findByRole('button', { name: 'Edit Coffee blog' }, { timeout: 10_000 }),
    );
    const form = screen.getByRole('region', { name: 'Edit Coffee blog' });
    expect(within(form).getByLabelText('Site address')).toHaveValue('https://coffee.example');
    expect(within(form).getByLabelText('Username')).toHaveValue('editor');
    expect(within(form).getByLabelText(/New application password/)).toHaveValue('');

    const name = within(form).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Coffee journal');
    const url = within(form).getByLabelText('Site address');
    await user.clear(url);
    await user.type(url, 'https://journal.example');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Coffee journal: connection OK')).toBeInTheDocument();
    expect(JSON.parse(String(requests('PUT /api/sites/s-1')[0].init?.body))).toEqual({
      name: 'Coffee journal',
      url: 'https://journal.example',
      username: 'editor',
    });
    expect(screen.queryByRole('region', { name: 'Edit Coffee blog' })).not.toBeInTheDocument();
    expect(requests('POST /api/sites/s-1/test')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Edit Coffee blog' }));
    const again = screen.getByRole('region', { name: 'Edit Coffee blog' });
    await user.type(within(again).getByLabelText(/New application password/), 'new pass word');
    await user.click(within(again).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Coffee journal: connection OK');
    expect(JSON.parse(String(requests('PUT /api/sites/s-1')[1].init?.body))).toMatchObject({
      applicationPassword: 'new pass word',
    });
  });

  it('shows why a change was refused and cancels without saving', async () => {
    const { requests } = mockApi({
      'GET /api/sites': [site()],
      'PUT /api/sites/s-1': () =>
        problem({
          title: 'Bad Request',
          status: 400,
          detail: 'The site cannot be saved',
          errors: [{ row: null, field: 'url', message: 'is not a valid address' }],
        }),
    });
    const { user } = renderApp('/sites');
    await user.click(
      await screen.findByRole('button', { name: 'Edit Coffee blog' }, { timeout: 10_000 }),
    );
    const form = screen.getByRole('region', { name: 'Edit Coffee blog' });
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/Could not save the site/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Edit Coffee blog' })).not.toBeInTheDocument();
    expect(requests('PUT /api/sites/s-1')).toHaveLength(1);
  });

  it('sets a site’s own pace and what the Publish dialog starts with', async () => {
    const { requests } = mockApi({
      'GET /api/sites': [
        site({
          requestPaceMs: 1200,
          defaults: { status: 'draft', categories: ['Guides'], tags: [], authorId: 7 },
        }),
      ],
      'GET /api/sites/s-1/choices': { categories: [], tags: [], authors: [{ id: 2, name: 'Ada' }] },
      'PUT /api/sites/s-1': () => json(site()),
      'POST /api/sites/s-1/test': okCheck,
    });
    const { user } = renderApp('/sites');
    await user.click(
      await screen.findByRole('button', { name: 'Edit Coffee blog' }, { timeout: 10_000 }),
    );
    const form = screen.getByRole('region', { name: 'Edit Coffee blog' });
    const pace = within(form).getByLabelText(/Request pace/);
    expect(pace).toHaveValue(1200);
    expect(within(form).getByLabelText('Posts')).toHaveValue('draft');
    expect(within(form).getByLabelText(/Categories/)).toHaveValue('Guides');
    expect(within(form).getByRole('option', { name: 'User #7' })).toBeInTheDocument();

    await user.clear(pace);
    await user.type(pace, '800');
    await user.selectOptions(within(form).getByLabelText('Posts'), 'publish');
    await user.type(within(form).getByLabelText(/Tags/), 'brewing, guides');
    await within(form).findByRole('option', { name: 'Ada' });
    await user.selectOptions(within(form).getByLabelText('Author'), '2');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Coffee blog: connection OK');
    expect(JSON.parse(String(requests('PUT /api/sites/s-1')[0].init?.body))).toEqual({
      name: 'Coffee blog',
      url: 'https://coffee.example',
      username: 'editor',
      requestPaceMs: 800,
      defaults: {
        status: 'publish',
        categories: ['Guides'],
        tags: ['brewing', 'guides'],
        authorId: 2,
      },
    });
  });
});
