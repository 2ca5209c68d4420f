import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  makeArticleSummary,
  makeBatch,
  makeBatchDetail,
  makeBulkAction,
  page,
} from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type {
  BulkAction,
  FailingArticle,
  QualityCheckCount,
  QualityCheckName,
  QualitySummary,
} from '@/types/api';

import { describeRegenerate, failingCount } from '../quality-panel';

const DETAIL = 'GET /api/articles/queue/b-1';
const SUMMARY = 'GET /api/articles/queue/b-1/quality';
const FAILING = 'GET /api/articles/queue/b-1/quality/articles';
const ACT = 'POST /api/articles/queue/b-1/actions';

const LABELS: Record<QualityCheckName, string> = {
  LENGTH: 'Length',
  KEYWORD_IN_TITLE: 'Keyword in title',
  KEYWORD_IN_H1: 'Keyword in H1',
  KEYWORD_IN_INTRO: 'Keyword in first 100 words',
  KEYWORD_IN_META: 'Keyword in meta description',
  KEYWORD_IN_SLUG: 'Keyword in slug',
  META_LENGTH: 'Meta description length',
  TITLE_LENGTH: 'Title length',
  HEADINGS: 'Headings',
  READABILITY: 'Readability',
  REPETITION: 'Repetition',
  NEAR_DUPLICATE: 'Near-duplicate',
};

function summary(
  failing: Partial<Record<QualityCheckName, number>>,
  checked = 3,
  any = 2,
  pending = 0,
): QualitySummary {
  const checks: QualityCheckCount[] = Object.entries(LABELS).map(([check, label]) => ({
    check: check as QualityCheckName,
    label,
    failing: failing[check as QualityCheckName] ?? 0,
  }));
  return { batchId: 'b-1', checked, pending, failing: any, checks };
}

const failingArticles: FailingArticle[] = [
  {
    id: 'a-1',
    position: 1,
    keyword: 'tomatoes',
    title: 'Growing tomatoes on a balcony in every season of the year, a guide',
    failures: [
      { check: 'TITLE_LENGTH', label: 'Title length', detail: '68 characters; at most 60' },
      { check: 'HEADINGS', label: 'Headings', detail: 'no H1' },
    ],
  },
  {
    id: 'a-2',
    position: 2,
    keyword: 'basil',
    title: 'Basil',
    failures: [{ check: 'HEADINGS', label: 'Headings', detail: '2 H1 headings; use one' }],
  },
];

function detail() {
  return makeBatchDetail(
    makeBatch({ id: 'b-1', status: 'COMPLETED', counts: { succeeded: 3, total: 3 } }),
    [
      makeArticleSummary({ id: 'a-1', keyword: 'tomatoes', status: 'SUCCEEDED' }),
      makeArticleSummary({ id: 'a-2', position: 2, keyword: 'basil', status: 'SUCCEEDED' }),
    ],
  );
}

function action(overrides: Partial<BulkAction> = {}): BulkAction {
  return makeBulkAction({ action: 'REGENERATE', ...overrides });
}

afterEach(() => vi.restoreAllMocks());

describe('the quality panel of the batch page', () => {
  it('counts the articles failing each check and lists them with a badge per failed check', async () => {
    const { requests } = mockApi({
      [DETAIL]: detail(),
      [SUMMARY]: summary({ HEADINGS: 2, TITLE_LENGTH: 1 }),
      [FAILING]: page(failingArticles, { size: 20 }),
    });
    const { user } = renderApp('/batches/b-1');

    const panel = await screen.findByRole('region', { name: 'Quality' });
    expect(within(panel).getByText('3 articles checked · 2 fail at least one check')).toBeVisible();
    const filters = within(panel).getByRole('group', { name: 'Show the articles that fail' });
    expect(within(filters).getAllByRole('button')).toHaveLength(13);
    const headings = within(filters).getByRole('button', { name: 'Headings 2' });
    expect(headings).toHaveClass('quality-check--failing');
    expect(within(filters).getByRole('button', { name: 'Readability 0' })).not.toHaveClass(
      'quality-check--failing',
    );

    await user.click(headings);

    expect(headings).toHaveAttribute('aria-pressed', 'true');
    const rows = await within(panel).findAllByTestId('failing-article');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'tomatoes' })).toHaveAttribute(
      'href',
      '/articles/a-1',
    );
    expect(within(rows[0]).getByText('Title length')).toHaveAttribute(
      'title',
      '68 characters; at most 60',
    );
    expect(within(rows[1]).getByText('Headings')).toHaveClass('badge--quality-fail');
    expect(requests(FAILING).at(-1)?.url.searchParams.get('fails')).toBe('HEADINGS');

    // the same button again closes the list
    await user.click(headings);
    expect(within(panel).queryAllByTestId('failing-article')).toHaveLength(0);
  });

  it('lists articles failing any check without naming one to the API', async () => {
    const { requests } = mockApi({
      [DETAIL]: detail(),
      [SUMMARY]: summary({ HEADINGS: 2 }),
      [FAILING]: page(failingArticles),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Any check 2' }));

    expect(await screen.findAllByTestId('failing-article')).toHaveLength(2);
    expect(requests(FAILING).at(-1)?.url.searchParams.has('fails')).toBe(false);
  });

  it('regenerates the articles that fail through the bulk action with the quality filter', async () => {
    const { requests } = mockApi({
      [DETAIL]: detail(),
      [SUMMARY]: summary({ HEADINGS: 2 }),
      [FAILING]: page(failingArticles),
      [ACT]: () => json(action()),
    });
    const { user } = renderApp('/batches/b-1');
    await user.click(await screen.findByRole('button', { name: 'Headings 2' }));

    await user.click(
      await screen.findByRole('button', { name: 'Regenerate the 2 articles that fail' }),
    );
    const confirm = screen.getByRole('group', { name: 'Confirm regenerate' });
    await user.click(within(confirm).getByRole('button', { name: 'Regenerate' }));

    expect(await screen.findByText('Regenerating 2 articles.')).toBeInTheDocument();
    expect(JSON.parse(String(requests(ACT).at(-1)?.init?.body))).toEqual({
      action: 'REGENERATE',
      filter: { fails: 'HEADINGS' },
    });
  });

  it('says why a regenerate was refused and can be cancelled before it is sent', async () => {
    const { requests } = mockApi({
      [DETAIL]: detail(),
      [SUMMARY]: summary({ TITLE_LENGTH: 1 }, 3, 1),
      [FAILING]: page(failingArticles.slice(0, 1)),
      [ACT]: () =>
        problem({
          title: 'Too Many Requests',
          status: 429,
          detail: 'Regenerating 1 article would exceed your daily limit',
        }),
    });
    const { user } = renderApp('/batches/b-1');
    await user.click(await screen.findByRole('button', { name: 'Title length 1' }));

    await user.click(
      await screen.findByRole('button', { name: 'Regenerate the 1 article that fails' }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(requests(ACT)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Regenerate the 1 article that fails' }));
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));

    const panel = screen.getByRole('region', { name: 'Quality' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Regenerating 1 article would exceed your daily limit',
    );
  });

  it('says articles are checked as they are written, and stays away when the API does not answer', async () => {
    mockApi({ [DETAIL]: detail(), [SUMMARY]: summary({}, 0, 0) });
    renderApp('/batches/b-1');
    expect(await screen.findByText('Articles are checked as they are written.')).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Show the articles that fail' })).toBeNull();
  });

  it('says how many articles wait for their checks, not counting them as passing', async () => {
    mockApi({ [DETAIL]: detail(), [SUMMARY]: summary({ LENGTH: 1 }, 3, 1, 7) });
    renderApp('/batches/b-1');
    expect(
      await screen.findByText(
        '3 articles checked · 1 fail at least one check · 7 articles waiting for their checks',
      ),
    ).toBeVisible();
  });

  it('shows nothing when the summary cannot be read', async () => {
    mockApi({ [DETAIL]: detail() });
    renderApp('/batches/b-1');
    await screen.findByRole('heading', { name: 'Garden keywords' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Quality' })).toBeNull());
  });

  it('shows an error when the failing articles cannot be read, and a note when none fail', async () => {
    mockApi({
      [DETAIL]: detail(),
      [SUMMARY]: summary({ HEADINGS: 2 }),
      [FAILING]: ({ url }) =>
        url.searchParams.get('fails') === 'HEADINGS'
          ? problem({ title: 'Bad Request', status: 400, detail: 'Unknown quality check' })
          : json(page([])),
    });
    const { user } = renderApp('/batches/b-1');

    await user.click(await screen.findByRole('button', { name: 'Headings 2' }));
    const panel = screen.getByRole('region', { name: 'Quality' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Unknown quality check');
    await user.click(screen.getByRole('button', { name: 'Length 0' }));
    expect(await screen.findByText('No finished article fails this check.')).toBeVisible();
  });
});

describe('quality panel helpers', () => {
  it('counts the articles a filter takes', () => {
    const s = summary({ HEADINGS: 4 }, 10, 6);
    expect(failingCount(s, 'ANY')).toBe(6);
    expect(failingCount(s, 'HEADINGS')).toBe(4);
    expect(failingCount({ ...s, checks: [] }, 'LENGTH')).toBe(0);
  });

  it('describes a regenerate done at once, with skipped articles, or in the background', () => {
    expect(describeRegenerate(action({ changed: 1, total: 1 }))).toBe('Regenerating 1 article.');
    expect(describeRegenerate(action({ changed: 3, skipped: 1 }))).toBe(
      'Regenerating 3 articles (1 article skipped).',
    );
    expect(describeRegenerate(action({ status: 'QUEUED', total: 500 }))).toBe(
      'Regenerating 500 articles in the background.',
    );
  });
});
