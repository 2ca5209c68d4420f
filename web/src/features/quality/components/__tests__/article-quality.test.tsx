import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeArticle } from '@/testing/data';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import type { ArticleQuality } from '@/types/api';

function quality(overrides: Partial<ArticleQuality> = {}): ArticleQuality {
  return {
    articleId: 'a-1',
    pending: false,
    version: 1,
    checkedAt: '2026-12-03T10:00:00Z',
    readability: 61.4,
    formula: 'Flesch reading ease',
    checks: [
      { check: 'LENGTH', label: 'Length', passed: true, detail: null },
      {
        check: 'META_LENGTH',
        label: 'Meta description length',
        passed: false,
        detail: '98 characters; 120–160 wanted',
      },
    ],
    nearDuplicates: [
      { articleId: 'a-2', keyword: 'tomato care', title: 'Tomato Care', similarity: 0.86 },
    ],
    ...overrides,
  };
}

describe('an article page with its quality checks', () => {
  it('shows the failed checks as badges, the reading ease and the near-duplicates', async () => {
    mockApi({
      'GET /api/articles/a-1': makeArticle({ version: 1 }),
      'GET /api/articles/a-1/quality': () => json(quality()),
    });
    renderApp('/articles/a-1');

    const card = (await screen.findByRole('heading', { name: 'Quality' })).closest('section')!;
    expect(within(card).getByText(/1 of 2 checks passed/)).toHaveTextContent(
      'reading ease 61 (Flesch reading ease)',
    );
    expect(within(card).getByText('Meta description length')).toHaveAttribute(
      'title',
      '98 characters; 120–160 wanted',
    );
    expect(within(card).getByRole('link', { name: 'Tomato Care' })).toHaveAttribute(
      'href',
      '/articles/a-2',
    );
  });

  it('says the checks are pending while the written article waits for them, then shows them', async () => {
    let calls = 0;
    mockApi({
      'GET /api/articles/a-1': makeArticle({ version: 1 }),
      'GET /api/articles/a-1/quality': () =>
        json(
          calls++ === 0
            ? quality({
                pending: true,
                checkedAt: null,
                version: null,
                readability: null,
                checks: [],
                nearDuplicates: [],
              })
            : quality(),
        ),
    });
    renderApp('/articles/a-1');

    expect(await screen.findByText(/^Checks pending/)).toBeVisible();
    expect(await screen.findByText(/1 of 2 checks passed/, {}, { timeout: 3_000 })).toBeVisible();
  });

  it('shows nothing before the article is checked, and says so quietly when the checks fail to load', async () => {
    mockApi({
      'GET /api/articles/a-1': makeArticle({ version: 1 }),
      'GET /api/articles/a-1/quality': () =>
        json(quality({ checkedAt: null, version: null, checks: [], nearDuplicates: [] })),
    });
    const { unmount } = renderApp('/articles/a-1');
    expect(await screen.findByRole('heading', { name: 'Details' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Quality' })).toBeNull();
    unmount();

    mockApi({ 'GET /api/articles/a-1': makeArticle({ version: 1 }) });
    renderApp('/articles/a-1');
    expect(await screen.findByText('The quality checks could not be loaded.')).toBeInTheDocument();
  });
});
