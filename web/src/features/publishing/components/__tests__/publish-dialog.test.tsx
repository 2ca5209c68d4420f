import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeArticleSummary, makeBatch, makeBatchDetail, makePublishJob } from '@/testing/data';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { ArticlePublication } from '@/types/api';

import { names, publishRequest } from '../publish-dialog';

const job = makePublishJob;

const publication = (overrides: Partial<ArticlePublication> = {}): ArticlePublication => ({
  articleId: 'a-1',
  siteId: 's-1',
  siteName: 'Coffee blog',
  jobId: 'j-1',
  state: 'PUBLISHED',
  postId: 7,
  link: 'https://coffee.example/espresso/',
  remoteStatus: 'publish',
  scheduledAt: null,
  error: null,
  publishedAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

const batch = makeBatchDetail(
  makeBatch({ id: 'b-1', status: 'COMPLETED', counts: { succeeded: 2 } }),
  [
    makeArticleSummary({ id: 'a-1', keyword: 'espresso', status: 'SUCCEEDED' }),
    makeArticleSummary({ id: 'a-2', keyword: 'latte', status: 'SUCCEEDED' }),
  ],
);

const sites = [
  {
    id: 's-1',
    owner: 'admin',
    name: 'Coffee blog',
    url: 'https://coffee.example',
    username: 'editor',
    requestPaceMs: null,
    defaults: null,
    timezone: 'Europe/Berlin',
    lastCheck: null,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
  },
];

/** The dialog's form for drafts, as the request builder takes it. */
const DRAFT_FORM = {
  status: 'draft' as const,
  start: '2026-12-07T09:00',
  perDay: 3,
  windowStart: '09:00',
  windowEnd: '17:00',
  categories: '',
  tags: '',
  authorId: '',
  recreateDeleted: false,
};

describe('Publish dialog', () => {
  it('schedules a batch with categories, tags and an author, then follows the job', async () => {
    let reads = 0;
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/publications/batches/b-1': [],
      'GET /api/sites': sites,
      'GET /api/sites/s-1/choices': {
        categories: [{ id: 3, name: 'Guides' }],
        tags: [],
        authors: [{ id: 2, name: 'Ada' }],
      },
      'POST /api/publish-jobs': () => json(job(), 202),
      'GET /api/publish-jobs/j-1': () =>
        json(
          reads++ === 0
            ? job({ status: 'PAUSED', statusReason: 'WordPress refused the password (401)' })
            : job({ status: 'COMPLETED', published: 2, queued: 0, done: 2 }),
        ),
      'POST /api/publish-jobs/j-1/resume': job(),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Publish' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Publish to WordPress' });
    await user.click(within(dialog).getByRole('radio', { name: 'On a schedule' }));
    const perDay = within(dialog).getByLabelText('Posts a day');
    await user.clear(perDay);
    await user.type(perDay, '2');
    await user.type(within(dialog).getByLabelText(/Categories/), 'Guides, Coffee');
    await user.type(within(dialog).getByLabelText(/Tags/), 'brewing');
    await within(dialog).findByRole('option', { name: 'Ada' }, { timeout: 5_000 });
    await user.selectOptions(within(dialog).getByLabelText('Author'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(
      await within(dialog).findByText(/Paused: WordPress refused/, {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    const body = JSON.parse(String(requests('POST /api/publish-jobs')[0].init?.body));
    expect(body).toMatchObject({
      siteId: 's-1',
      batchId: 'b-1',
      status: 'schedule',
      categories: ['Guides', 'Coffee'],
      tags: ['brewing'],
      authorId: 2,
      schedule: { perDay: 2, windowStart: '09:00', windowEnd: '17:00' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Resume' }));
    expect(requests('POST /api/publish-jobs/j-1/resume')).toHaveLength(1);
    expect(
      await within(dialog).findByText(/2 of 2 published/, {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('starts from the chosen site’s defaults', async () => {
    mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/publications/batches/b-1': [],
      'GET /api/sites': [
        {
          ...sites[0],
          defaults: { status: 'publish', categories: ['Guides'], tags: ['brewing'], authorId: 2 },
        },
      ],
      'GET /api/sites/s-1/choices': {
        categories: [],
        tags: [],
        authors: [{ id: 2, name: 'Ada' }],
      },
    });
    const { user } = renderApp('/batches/b-1');
    await user.click(await screen.findByRole('button', { name: 'Publish' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Publish to WordPress' });
    expect(within(dialog).getByRole('radio', { name: 'Published now' })).toBeChecked();
    expect(within(dialog).getByLabelText(/Categories/)).toHaveValue('Guides');
    expect(within(dialog).getByLabelText(/Tags/)).toHaveValue('brewing');
    await within(dialog).findByRole('option', { name: 'Ada' }, { timeout: 5_000 });
    expect(within(dialog).getByLabelText('Author')).toHaveValue('2');
  });

  it('shows each article’s post with its live link in the Published column', async () => {
    mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/publications/batches/b-1': [
        publication(),
        publication({
          articleId: 'a-2',
          state: 'GONE',
          link: null,
          error: 'The post was deleted on the site',
        }),
      ],
    });
    renderApp('/batches/b-1');
    const link = await screen.findByRole(
      'link',
      { name: 'Coffee blog: live' },
      { timeout: 10_000 },
    );
    expect(link).toHaveAttribute('href', 'https://coffee.example/espresso/');
    expect(screen.getByText('Coffee blog: deleted on the site')).toBeInTheDocument();
  });

  it('points to the Sites page when no site is connected', async () => {
    mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/publications/batches/b-1': [],
      'GET /api/sites': [],
    });
    const { user, router } = renderApp('/batches/b-1');
    await user.click(await screen.findByRole('button', { name: 'Publish' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('link', { name: 'Connect a site' }));
    expect(router.state.location.pathname).toBe('/sites');
  });

  it('builds requests for drafts of chosen articles', () => {
    expect(names(' a, ,b ,')).toEqual(['a', 'b']);
    expect(publishRequest('s-1', 'b-1', ['a-1'], { ...DRAFT_FORM, recreateDeleted: true })).toEqual(
      {
        siteId: 's-1',
        batchId: 'b-1',
        articleIds: ['a-1'],
        status: 'draft',
        categories: [],
        tags: [],
        recreateDeleted: true,
      },
    );
  });
  it('publishes all articles matching the batch page filter by sending the filter', () => {
    expect(
      publishRequest('s-1', 'b-1', undefined, DRAFT_FORM, {
        count: 40,
        filter: { review: 'APPROVED', search: 'boots' },
      }),
    ).toEqual({
      siteId: 's-1',
      batchId: 'b-1',
      status: 'draft',
      categories: [],
      tags: [],
      filter: { review: 'APPROVED', search: 'boots' },
    });
  });
});
