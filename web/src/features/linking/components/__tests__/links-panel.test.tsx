import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeArticleSummary, makeBatch, makeBatchDetail } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { LinkGraph, LinkRun } from '@/types/api';

import { describeRun } from '../links-panel';

const batch = makeBatchDetail(
  makeBatch({ id: 'b-1', status: 'COMPLETED', counts: { succeeded: 3 } }),
  [
    makeArticleSummary({ id: 'a-1', keyword: 'hiking boots', status: 'SUCCEEDED' }),
    makeArticleSummary({ id: 'a-2', keyword: 'wool socks', status: 'SUCCEEDED' }),
    makeArticleSummary({ id: 'a-3', keyword: 'cake', status: 'SUCCEEDED' }),
  ],
);

const graph = (overrides: Partial<LinkGraph> = {}): LinkGraph => ({
  batchId: 'b-1',
  settings: { automatic: false, maxLinks: 3, includeEarlier: false, siteId: null },
  linkedAt: null,
  articles: [
    {
      id: 'a-1',
      batchId: 'b-1',
      title: 'Hiking boots',
      slug: 'hiking-boots',
      inbound: 0,
      outbound: 0,
      orphan: true,
      earlier: false,
    },
    {
      id: 'a-2',
      batchId: 'b-1',
      title: 'Wool socks',
      slug: 'wool-socks',
      inbound: 0,
      outbound: 0,
      orphan: true,
      earlier: false,
    },
    {
      id: 'a-3',
      batchId: 'b-1',
      title: 'Cake',
      slug: 'cake',
      inbound: 0,
      outbound: 0,
      orphan: true,
      earlier: false,
    },
  ],
  links: [],
  orphans: 3,
  ...overrides,
});

const linked = graph({
  linkedAt: '2026-12-03T10:00:00Z',
  articles: [
    {
      id: 'a-1',
      batchId: 'b-1',
      title: 'Hiking boots',
      slug: 'hiking-boots',
      inbound: 1,
      outbound: 1,
      orphan: false,
      earlier: false,
    },
    {
      id: 'a-2',
      batchId: 'b-1',
      title: 'Wool socks',
      slug: 'wool-socks',
      inbound: 1,
      outbound: 1,
      orphan: false,
      earlier: false,
    },
    {
      id: 'a-3',
      batchId: 'b-1',
      title: 'Cake',
      slug: 'cake',
      inbound: 0,
      outbound: 0,
      orphan: true,
      earlier: false,
    },
    {
      id: 'e-1',
      batchId: 'b-0',
      title: 'Trekking poles',
      slug: 'trekking-poles',
      inbound: 2,
      outbound: 0,
      orphan: false,
      earlier: true,
    },
  ],
  links: [
    { source: 'a-1', target: 'a-2', anchor: 'wool socks' },
    { source: 'a-2', target: 'a-1', anchor: 'hiking boots' },
  ],
  orphans: 1,
});

const run: LinkRun = { articles: 3, linked: 2, links: 2, skipped: 0, candidates: 4, tookMs: 40 };

describe('Internal links panel', () => {
  it('adds links on demand and shows the graph with its orphan marked', async () => {
    let reads = 0;
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/articles/queue/b-1/links': () => json(reads++ === 0 ? graph() : linked),
      'POST /api/articles/queue/b-1/links': run,
    });
    const { user } = renderApp('/batches/b-1');

    const section = (
      await screen.findByRole('heading', { name: 'Internal links' }, { timeout: 10_000 })
    ).closest('section')!;
    expect(requests('GET /api/articles/queue/b-1/links')).toHaveLength(0); // read only once opened
    await user.click(within(section).getByRole('button', { name: 'Show links' }));
    expect(await within(section).findByText(/not linked yet/)).toBeInTheDocument();
    const perArticle = within(section).getByLabelText('Links per article');
    await user.clear(perArticle);
    await user.type(perArticle, '2');
    await user.click(within(section).getByRole('button', { name: 'Add links now' }));

    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Added 2 links to 2 of 3 articles.',
    );
    expect(
      JSON.parse(String(requests('POST /api/articles/queue/b-1/links')[0].init?.body)),
    ).toMatchObject({ maxLinks: 2 });
    expect(await within(section).findByText(/last linked/)).toBeInTheDocument();
    const picture = within(section).getByRole('img', {
      name: /4 articles, 2 links, 1 without links in/,
    });
    const orphans = picture.querySelectorAll('[data-orphan="true"]');
    expect(orphans).toHaveLength(1);
    expect(orphans[0].textContent).toContain('Cake');
    expect(
      within(section).getByText('No article links to these').nextElementSibling,
    ).toHaveTextContent('Cake');
    expect(within(section).getByText(/and 1 of earlier batches/)).toBeInTheDocument();
  });

  it('saves the settings and shows what the server refused', async () => {
    const { requests } = mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/articles/queue/b-1/links': graph(),
      'PUT /api/articles/queue/b-1/links/settings': () =>
        problem({
          title: 'Bad Request',
          status: 400,
          detail: 'The link settings are not valid',
          errors: [
            { row: null, field: 'maxLinks', message: 'must be between 0 and 10 links per article' },
          ],
        }),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(
      await screen.findByRole('button', { name: 'Show links' }, { timeout: 10_000 }),
    );
    await user.click(await screen.findByLabelText('Link automatically once the batch is written'));
    await user.click(screen.getByLabelText('Also link to my earlier batches'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Could not save the settings')).toBeInTheDocument();
    expect(
      JSON.parse(String(requests('PUT /api/articles/queue/b-1/links/settings')[0].init?.body)),
    ).toEqual({
      automatic: true,
      maxLinks: 3,
      includeEarlier: true,
      siteId: null,
    });
    await user.click(screen.getByRole('button', { name: 'Hide links' }));
    expect(screen.queryByText('Could not save the settings')).not.toBeInTheDocument();
  });

  it('says when the links could not be read', async () => {
    mockApi({
      'GET /api/articles/queue/b-1': batch,
      'GET /api/articles/queue/b-1/links': () =>
        problem({ title: 'Server error', status: 500, detail: 'Boom' }),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(
      await screen.findByRole('button', { name: 'Show links' }, { timeout: 10_000 }),
    );

    expect(await screen.findByText('Could not load the links')).toBeInTheDocument();
  });

  it('describes a run that found nothing and one that skipped changed articles', () => {
    expect(describeRun({ ...run, links: 0, linked: 0 })).toMatch(/^No new links/);
    expect(describeRun({ ...run, skipped: 1 })).toContain('1 changed meanwhile');
  });
});
