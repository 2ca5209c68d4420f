import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

function grid() {
  return screen.getByRole('grid', { name: /keywords/i });
}

function cell(rowIdx: number, column: string): HTMLElement {
  const header = within(grid())
    .getAllByRole('columnheader')
    .findIndex((h) => h.textContent === column);
  const row = within(grid()).getAllByRole('row')[rowIdx + 1];
  return within(row).getAllByRole('gridcell')[header];
}

/** The values of a column's first rows, without the notes read to screen readers. */
const column = (name: string, count: number) =>
  Array.from(
    { length: count },
    (_, i) => cell(i, name).querySelector('.grid__value')?.firstChild?.textContent ?? '',
  );

async function open() {
  mockApi({});
  const rendered = renderApp('/batches/new');
  await screen.findByRole('grid', { name: /keywords/i });
  return rendered;
}

describe('the keyword grid behaves like a spreadsheet', () => {
  it('commits with Enter and moves down, so typed rows follow each other, and undoes and redoes typing', async () => {
    const { user } = await open();
    await user.click(cell(0, 'Keyword'));
    await user.keyboard('alpha{Enter}beta{Enter}');
    expect(column('Keyword', 3)).toEqual(['alpha', 'beta', '']);
    expect(cell(2, 'Keyword')).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Control>}z{/Control}');
    expect(column('Keyword', 2)).toEqual(['alpha', '']);
    expect(screen.getByText('Undid the typing.')).toBeInTheDocument();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(column('Keyword', 2)).toEqual(['alpha', 'beta']);
    await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}');
    expect(column('Keyword', 2)).toEqual(['alpha', 'beta']);
    await user.click(screen.getByRole('button', { name: 'Undo typing' }));
    await user.click(screen.getByRole('button', { name: 'Redo typing' }));
    expect(column('Keyword', 2)).toEqual(['alpha', 'beta']);

    // Shift+Enter commits and moves up
    await user.click(cell(1, 'Title'));
    await user.keyboard('Beta title{Shift>}{Enter}{/Shift}');
    expect(cell(1, 'Title')).toHaveTextContent('Beta title');
    expect(cell(0, 'Title')).toHaveAttribute('aria-selected', 'true');
  });

  it('moves right with Tab and leaves the grid from the last column: one Tab stop', async () => {
    const { user } = await open();
    await user.click(cell(0, 'Keyword'));
    await user.tab();
    expect(cell(0, 'Title')).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(cell(0, 'Custom instructions')).toHaveFocus();
    await user.tab();
    expect(grid()).not.toContainElement(document.activeElement as HTMLElement);

    // back in with Shift+Tab lands on the cell that was active, and only one cell is a Tab stop
    await user.tab({ shift: true });
    expect(cell(0, 'Custom instructions')).toHaveFocus();
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    // typing in the last column and pressing Tab commits and leaves too
    await user.keyboard('be brief');
    await user.tab();
    expect(cell(0, 'Custom instructions')).toHaveTextContent('be brief');
    expect(grid()).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('selects a range with Shift+arrows, copies it as TSV, fills it down and clears it', async () => {
    const { user } = await open();
    await user.click(cell(0, 'Keyword'));
    fireEvent.paste(cell(0, 'Keyword'), {
      clipboardData: { getData: () => 'one\tOne\ntwo\tTwo\nthree\t' },
    });
    await user.click(cell(0, 'Keyword'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowRight}{/Shift}');
    expect(cell(1, 'Title')).toHaveClass('grid__cell--in-range');
    expect(screen.getByTestId('grid-range')).toHaveTextContent(
      'Selected rows 1 to 2, Keyword to Title',
    );

    const copied = new Map<string, string>();
    fireEvent.copy(document.activeElement!, {
      clipboardData: { setData: (type: string, text: string) => copied.set(type, text) },
    });
    expect(copied.get('text/plain')).toBe('one\tOne\ntwo\tTwo');

    await user.keyboard('{Shift>}{ArrowDown}{/Shift}{Control>}d{/Control}');
    expect(column('Keyword', 3)).toEqual(['one', 'one', 'one']);
    expect(column('Title', 3)).toEqual(['One', 'One', 'One']);

    await user.keyboard('{Delete}');
    expect(column('Keyword', 3)).toEqual(['', '', '']);
    await user.keyboard('{Control>}z{/Control}');
    expect(column('Keyword', 3)).toEqual(['one', 'one', 'one']);

    // a plain arrow drops the range
    await user.keyboard('{ArrowDown}');
    expect(cell(1, 'Title')).not.toHaveClass('grid__cell--in-range');
  });

  it('pastes a single value over a selected range and extends a range with Shift+click', async () => {
    const { user } = await open();
    await user.click(cell(0, 'Tone'));
    await user.keyboard('{Shift>}');
    await user.click(cell(2, 'Tone'));
    await user.keyboard('{/Shift}');
    expect(cell(1, 'Tone')).toHaveClass('grid__cell--in-range');
    fireEvent.paste(cell(0, 'Tone'), { clipboardData: { getData: () => 'casual' } });
    expect(column('Tone', 4)).toEqual(['casual', 'casual', 'casual', '']);
    expect(screen.getByText('Pasted 3 rows.')).toBeInTheDocument();
  });
});
