import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { makeBatch } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const SUBMISSION = 'GET /api/articles/queue/b-1/submission';

const submission = {
  name: 'Coffee',
  settings: {
    ...makeBatch().settings,
    provider: 'offline',
    model: 'draft-1',
    language: 'en',
    tone: 'casual',
    wordCount: 450,
    audience: 'home baristas',
    pointOfView: 'second-person',
    includeFaq: true,
    instructions: 'Mention grind size.',
  },
  items: [
    { keyword: 'espresso at home', title: 'Espresso at home', wordCount: 300 },
    { keyword: 'cold brew', tone: 'formal' },
    { keyword: 'moka pot', model: 'draft-1', includeFaq: false },
  ],
};

function gridKeywords(): string[] {
  const grid = screen.getByRole('grid', { name: /keywords/i });
  const column = within(grid)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === 'Keyword');
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[column]?.textContent ?? '')
    .filter((text) => text !== '');
}

describe('Duplicate as new batch', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('fills the form with the batch keywords, overrides and settings and submits nothing', async () => {
    const { requests } = mockApi({
      [SUBMISSION]: submission,
      'GET /api/providers': [
        { name: 'offline', label: 'Offline draft engine', draft: true, models: ['draft-1'] },
      ],
    });
    renderApp('/batches/new?from=b-1');

    const note = await screen.findByText(/A copy of “Coffee”/, {}, { timeout: 5000 });
    expect(note).toHaveTextContent('Nothing is written until you submit');
    expect(note).toHaveTextContent('1 row had a provider, model');
    expect(gridKeywords()).toEqual(['espresso at home', 'cold brew', 'moka pot']);
    expect(screen.getByLabelText('Batch name')).toHaveValue('Coffee (copy)');
    expect(screen.getByLabelText('Target words')).toHaveValue('450');
    expect(screen.getByLabelText('Audience')).toHaveValue('home baristas');
    expect(screen.getByLabelText('Custom instructions')).toHaveValue('Mention grind size.');
    expect(requests('POST /api/articles/bulk')).toHaveLength(0);
    expect(window.sessionStorage.getItem('bulkwriter.bulk-form.copied-from')).toBe('b-1');
  });

  it('keeps the edits when the tab reloads the address it copied from', async () => {
    window.sessionStorage.setItem('bulkwriter.bulk-form.copied-from', 'b-1');
    const { requests } = mockApi({ [SUBMISSION]: submission });
    renderApp('/batches/new?from=b-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'New batch' })).toBeInTheDocument();
    expect(requests(SUBMISSION)).toHaveLength(0);
    expect(screen.queryByText(/A copy of/)).not.toBeInTheDocument();
  });

  it('says when the batch cannot be copied', async () => {
    mockApi({
      [SUBMISSION]: () => problem({ title: 'Not Found', status: 404, detail: 'No batch b-1' }),
    });
    renderApp('/batches/new?from=b-1');

    expect(await screen.findByText('Could not copy the batch')).toBeInTheDocument();
    expect(screen.getByText('No batch b-1')).toBeInTheDocument();
  });
});
