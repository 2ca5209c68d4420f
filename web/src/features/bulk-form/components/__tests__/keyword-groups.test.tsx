import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import type { KeywordGroup, KeywordGroups } from '@/types/api';
import { json, mockApi, type MockRequest } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

import { newRow } from '../../utils/rows';
import { KeywordGroupsPanel, SHOWN_GROUPS } from '../keyword-groups';

const ESTIMATE = 'POST /api/articles/bulk/estimate';

const outdoors = {
  batchId: 'b-7',
  batchName: 'Outdoors',
  keyword: 'best hiking boot',
  writtenAt: '2026-11-12T09:30:00Z',
  ago: '3 weeks ago',
};

function group(
  rows: number[],
  keywords: string[],
  extra: Partial<KeywordGroup> = {},
): KeywordGroup {
  return { key: `en:${keywords[0]}`, match: 'SAME', rows, keywords, earlier: [], ...extra };
}

function check(groups: KeywordGroup[]): KeywordGroups {
  return { keywords: 10, similarity: 0.75, groups };
}

/** A crude stand-in for the server's normaliser: case, a plural s and word order do not count. */
function estimateWithGroups(request: MockRequest) {
  const items = (JSON.parse(String(request.init?.body)) as { items: { keyword: string }[] }).items;
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = item.keyword.toLowerCase().replace(/s\b/g, '').split(' ').sort().join(' ');
    byKey.set(key, [...(byKey.get(key) ?? []), i + 1]);
  });
  const groups = [...byKey.entries()]
    .filter(([key, rows]) => rows.length > 1 || key === 'best boot hiking')
    .map(([key, rows]) =>
      group(
        rows,
        rows.map((row) => items[row - 1].keyword),
        { key: `en:${key}`, earlier: key === 'best boot hiking' ? [outdoors] : [] },
      ),
    );
  return json({
    articles: items.length,
    requests: items.length,
    promptTokens: 100,
    completionTokens: 100,
    costUsd: null,
    durationSeconds: 10,
    limitedBy: 'offline-delay',
    providers: [],
    keywordGroups: check(groups),
  });
}

function keywordCell(rowIdx: number): HTMLElement {
  const grid = screen.getByRole('grid', { name: /keywords/i });
  const column = within(grid)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === 'Keyword');
  return within(within(grid).getAllByRole('row')[rowIdx + 1]).getAllByRole('gridcell')[column];
}

function renderPanel(groups: KeywordGroups | undefined, rowIds = [11, 12, 13, 14, 15, 16]) {
  const onRemoveRows = vi.fn();
  const gridRows = rowIds.map((id) => ({ ...newRow({ keyword: `k${id}` }), id }));
  render(
    <MemoryRouter>
      <KeywordGroupsPanel
        groups={groups}
        gridRows={gridRows}
        rowIds={rowIds}
        onRemoveRows={onRemoveRows}
      />
    </MemoryRouter>,
  );
  return { onRemoveRows, user: userEvent.setup() };
}

describe('KeywordGroupsPanel', () => {
  it('shows the competing keywords of the form, keeps one of a group and undoes it', async () => {
    mockApi({ [ESTIMATE]: estimateWithGroups });
    const { user } = renderApp('/batches/new');
    await screen.findByRole('grid', { name: /keywords/i });
    const target = keywordCell(0);
    await user.click(target);
    fireEvent.paste(target, {
      clipboardData: {
        getData: () => 'best hiking boots\nespresso\nhiking boots best\nBest hiking boot',
      },
    });

    const panel = await screen.findByRole('region', { name: 'Keywords that compete: 1 group' });
    expect(panel).toHaveTextContent('Same keyword');
    expect(panel).toHaveTextContent('“best hiking boots” (row 1)');
    expect(panel).toHaveTextContent('“hiking boots best” (row 3)');
    expect(panel).toHaveTextContent('“Best hiking boot” (row 4)');
    expect(panel).toHaveTextContent('“best hiking boot” written 3 weeks ago in Outdoors');
    expect(within(panel).getByRole('link', { name: 'Outdoors' })).toHaveAttribute(
      'href',
      '/batches/b-7',
    );

    await user.click(within(panel).getByRole('button', { name: 'Keep one' }));
    expect(
      screen.getByText('Kept “best hiking boots”; removed 2 competing rows.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('grid-counts').textContent).toMatch(/^2 rows/);
    // the grid changed, so the estimate is asked again: only the earlier use is left
    await waitFor(() =>
      expect(
        screen.getByRole('region', { name: 'Keywords that compete: 1 group' }),
      ).not.toHaveTextContent('hiking boots best'),
    );
    expect(screen.queryByRole('button', { name: 'Keep one' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Undo keep one' }));
    expect(screen.getByTestId('grid-counts').textContent).toMatch(/^4 rows/);
    expect(
      await screen.findByRole('region', { name: 'Keywords that compete: 1 group' }),
    ).toHaveTextContent('hiking boots best');
  });

  it('keeps all of a group by hiding it, and removes a group an earlier batch covers', async () => {
    const groups = check([
      group([1, 3], ['a', 'a']),
      group([2], ['best hiking boot'], { earlier: [outdoors], match: 'SIMILAR' }),
    ]);
    const { onRemoveRows, user } = renderPanel(groups);
    expect(screen.getByRole('region', { name: 'Keywords that compete: 2 groups' })).toBeVisible();
    expect(screen.getByText('Similar keywords')).toBeInTheDocument();
    // one group of several rows: no need for "of each"
    expect(screen.queryByRole('button', { name: 'Keep one of each' })).toBeNull();

    const items = screen
      .getAllByRole('listitem')
      .filter((li) => li.matches('.keyword-groups__group'));
    await user.click(within(items[0]).getByRole('button', { name: 'Keep all' }));
    expect(screen.getByRole('region', { name: 'Keywords that compete: 1 group' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onRemoveRows).toHaveBeenCalledWith(
      [12],
      'remove',
      'Removed 1 row an earlier batch already covers.',
    );

    await user.click(screen.getByRole('button', { name: 'Keep all' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('keeps one of each group at once, the groups not listed too', async () => {
    const many = Array.from({ length: SHOWN_GROUPS + 2 }, (_, i) =>
      group([2 * i + 1, 2 * i + 2], [`k${i}`, `k${i}s`]),
    );
    const rowIds = Array.from({ length: 2 * many.length }, (_, i) => 100 + i);
    const { onRemoveRows, user } = renderPanel(check(many), rowIds);

    expect(screen.getByText(/and 2 more groups/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep one of each' }));

    const [ids, label, message] = onRemoveRows.mock.calls[0] as [number[], string, string];
    expect(ids).toEqual(many.map((_, i) => 100 + 2 * i + 1));
    expect(label).toBe('keep one of each');
    expect(message).toBe('Kept one keyword of each of 52 groups; removed 52 rows.');
  });

  it('shows nothing without groups', () => {
    renderPanel(undefined);
    expect(screen.queryByRole('region')).toBeNull();
    renderPanel(check([]));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
