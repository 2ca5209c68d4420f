import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeArticle } from '@/testing/data';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const ARTICLE = 'GET /api/articles/a-1';
const REVIEW = 'POST /api/articles/a-1/review';

function sent(requests: ReturnType<typeof mockApi>['requests']) {
  return JSON.parse(String(requests(REVIEW).at(-1)?.init?.body)) as unknown;
}

describe('ArticleReview', () => {
  it('approves an unreviewed article and shows who approved it', async () => {
    const { requests } = mockApi({
      [ARTICLE]: makeArticle(),
      [REVIEW]: () =>
        json(
          makeArticle({
            review: { state: 'APPROVED', note: null, by: 'admin', at: '2026-12-03T10:00:00Z' },
          }),
        ),
    });
    const { user } = renderApp('/articles/a-1');

    const review = await screen.findByRole('region', { name: 'Review' });
    expect(within(review).getByText('Unreviewed')).toHaveClass('badge--review-unreviewed');
    await user.click(within(review).getByRole('button', { name: 'Approve' }));

    expect(await within(review).findByText('Approved')).toHaveClass('badge--review-approved');
    expect(within(review).getByText(/by admin/)).toBeInTheDocument();
    expect(within(review).queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(sent(requests)).toEqual({ state: 'APPROVED' });
    expect(await screen.findByText('“how to grow tomatoes” approved.')).toBeInTheDocument();
  });

  it('rejects with a note, which it shows, and can set the article back to unreviewed', async () => {
    const rejected = makeArticle({
      review: { state: 'REJECTED', note: 'Too vague', by: 'admin', at: '2026-12-03T10:00:00Z' },
    });
    const { requests } = mockApi({
      [ARTICLE]: makeArticle(),
      [REVIEW]: ({ init }) =>
        json(
          (JSON.parse(String(init?.body)) as { state: string }).state === 'REJECTED'
            ? rejected
            : makeArticle(),
        ),
    });
    const { user } = renderApp('/articles/a-1');

    const review = await screen.findByRole('region', { name: 'Review' });
    await user.click(within(review).getByRole('button', { name: 'Reject…' }));
    const reject = within(review).getByRole('button', { name: 'Reject' });
    expect(reject).toBeDisabled();
    await user.type(within(review).getByRole('textbox'), 'Too vague');
    await user.click(reject);

    expect(await within(review).findByLabelText("Reviewer's note")).toHaveTextContent('Too vague');
    expect(sent(requests)).toEqual({ state: 'REJECTED', note: 'Too vague' });
    expect(within(review).getByRole('button', { name: 'Change the note' })).toBeInTheDocument();

    await user.click(within(review).getByRole('button', { name: 'Mark unreviewed' }));
    expect(await within(review).findByText('Unreviewed')).toBeInTheDocument();
    expect(sent(requests)).toEqual({ state: 'UNREVIEWED' });
  });

  it('says why a review was refused, and cancels a rejection', async () => {
    mockApi({
      [ARTICLE]: makeArticle(),
      [REVIEW]: () => problem({ title: 'Conflict', status: 409, detail: 'Article a-1 is queued' }),
    });
    const { user } = renderApp('/articles/a-1');

    const review = await screen.findByRole('region', { name: 'Review' });
    await user.click(within(review).getByRole('button', { name: 'Approve' }));
    expect(await within(review).findByText(/Article a-1 is queued/)).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Reject…' }));
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(within(review).queryByRole('textbox')).toBeNull();
  });

  it('is not offered for an article without a result', async () => {
    mockApi({ [ARTICLE]: makeArticle({ status: 'FAILED', markdown: null }) });
    renderApp('/articles/a-1');
    expect(await screen.findByRole('heading', { name: 'Details' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Review' })).toBeNull();
  });
});
