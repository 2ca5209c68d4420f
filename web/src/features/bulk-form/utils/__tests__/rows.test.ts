import { describe, expect, it } from 'vitest';

import {
  checkRow,
  checkRows,
  fieldForHeader,
  headerFields,
  MIN_ROWS,
  newRow,
  pasteBlock,
  removeDuplicates,
  rowsFromTable,
  toItems,
  withSpareRows,
  type GridRow,
} from '../rows';

const keywords = (rows: GridRow[]) => rows.map((r) => r.keyword);

describe('pasteBlock', () => {
  it('writes a block from the active cell and grows the grid to fit', () => {
    const rows = [newRow({ keyword: 'keep' }), newRow()];
    const block = [
      ['a', 'Title A', '600'],
      ['b', '', '700'],
      ['c', 'Title C', ''],
    ];
    const result = pasteBlock(rows, 1, 'keyword', block);
    expect(result.written).toBe(3);
    expect(keywords(result.rows)).toEqual(['keep', 'a', 'b', 'c']);
    expect(result.rows[1]).toMatchObject({ title: 'Title A', wordCount: '600' });
    expect(result.rows[3]).toMatchObject({ title: 'Title C', wordCount: '' });
    expect(rows).toHaveLength(2); // the old rows stay as they were, for undo
  });

  it('starts at the active column and drops cells past the last column', () => {
    const rows = [newRow({ keyword: 'x' })];
    const result = pasteBlock(rows, 0, 'language', [['de', 'be brief', 'extra', 'more']]);
    expect(result.rows[0]).toMatchObject({
      keyword: 'x',
      language: 'de',
      instructions: 'be brief',
    });
  });

  it('places the columns of a block with a header row by name, after the existing data', () => {
    const rows = [newRow({ keyword: 'existing' }), newRow(), newRow()];
    const block = [
      ['Tone', 'Keyword', 'Word Count'],
      ['casual', 'hiking boots', '500'],
    ];
    const result = pasteBlock(rows, 0, 'title', block);
    expect(result.written).toBe(1);
    expect(result.rows[1]).toMatchObject({
      keyword: 'hiking boots',
      tone: 'casual',
      wordCount: '500',
    });
    expect(result.rows[0].keyword).toBe('existing');
  });

  it('does nothing with an empty block', () => {
    const rows = [newRow()];
    expect(pasteBlock(rows, 0, 'keyword', []).rows).toBe(rows);
  });
});

describe('headers', () => {
  it('matches column names ignoring case, spaces and punctuation', () => {
    expect(fieldForHeader('Word Count')).toBe('wordCount');
    expect(fieldForHeader('target_words')).toBe('wordCount');
    expect(fieldForHeader('Custom instructions')).toBe('instructions');
    expect(fieldForHeader('colour')).toBeUndefined();
  });

  it('takes a first row as a header only when every named cell is a column and one is the keyword', () => {
    expect(headerFields(['keyword', '', 'tone'])).toEqual(['keyword', undefined, 'tone']);
    expect(headerFields(['title', 'tone'])).toBeNull();
    expect(headerFields(['keyword', 'colour'])).toBeNull();
    expect(headerFields(['espresso'])).toBeNull();
  });

  it('makes rows from an imported table with or without a header, skipping empty lines', () => {
    const withHeader = rowsFromTable([
      ['Keyword', 'Title'],
      ['a', 'A'],
      ['', ''],
      ['b', 'B'],
    ]);
    expect(withHeader.map((r) => [r.keyword, r.title])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    const without = rowsFromTable([['espresso', 'Espresso 101', '700']]);
    expect(without[0]).toMatchObject({
      keyword: 'espresso',
      title: 'Espresso 101',
      wordCount: '700',
    });
    expect(rowsFromTable([])).toEqual([]);
  });
});

describe('validation', () => {
  it('marks a blank keyword, a keyword over 200 characters and bad numbers with the reason', () => {
    expect(checkRow(newRow({ title: 'orphan title' })).keyword).toBe(
      'is blank; every row needs a keyword',
    );
    expect(checkRow(newRow({ keyword: 'k'.repeat(201) })).keyword).toBe(
      'is 201 characters long; at most 200',
    );
    expect(checkRow(newRow({ keyword: 'k', wordCount: '12.5' })).wordCount).toBe(
      "'12.5' is not a whole number",
    );
    expect(checkRow(newRow({ keyword: 'k', wordCount: '50' })).wordCount).toBe(
      '50 is out of range; use 100 to 10000 words',
    );
    expect(checkRow(newRow({ keyword: 'k', tone: 'grumpy' })).tone).toContain(
      "'grumpy' is not one of",
    );
    expect(checkRow(newRow({ keyword: 'k', language: 'english' })).language).toContain(
      'language code',
    );
    expect(checkRow(newRow({ keyword: 'k', title: 't'.repeat(201) })).title).toContain(
      'at most 200',
    );
    expect(
      checkRow(newRow({ keyword: 'k', instructions: 'i'.repeat(4001) })).instructions,
    ).toContain('at most 4000');
    expect(
      checkRow(newRow({ keyword: 'k', wordCount: '600', tone: 'Casual', language: 'pt-BR' })),
    ).toEqual({});
  });

  it('ignores blank rows and counts rows, valid rows, duplicates and invalid cells', () => {
    const rows = [
      newRow({ keyword: 'Espresso' }),
      newRow(),
      newRow({ keyword: '  espresso ' }),
      newRow({ keyword: 'cold brew', wordCount: 'lots' }),
      newRow({ keyword: 'ESPRESSO' }),
      newRow({ title: 'no keyword' }),
    ];
    const check = checkRows(rows);
    expect(check).toMatchObject({ rows: 5, valid: 3, duplicates: 2, problems: 2 });
    expect(check.byId.get(rows[2].id)?.duplicateOf).toBe(1);
    expect(check.byId.get(rows[4].id)?.duplicateOf).toBe(1);
    expect(check.byId.has(rows[1].id)).toBe(false);
  });

  it('removes every repeat of a keyword and keeps the first', () => {
    const rows = [
      newRow({ keyword: 'a' }),
      newRow({ keyword: 'b' }),
      newRow({ keyword: 'A ' }),
      newRow(),
      newRow({ keyword: 'b' }),
    ];
    expect(keywords(removeDuplicates(rows))).toEqual(['a', 'b', '']);
  });
});

describe('items and spare rows', () => {
  it('turns non-blank rows into items with their overrides and remembers which row each came from', () => {
    const rows = [
      newRow({ keyword: ' espresso ', wordCount: '600', tone: 'Casual' }),
      newRow(),
      newRow({ keyword: 'cold brew', title: 'Cold Brew', language: 'de', instructions: 'short' }),
    ];
    const { items, rowIds } = toItems(rows);
    expect(items).toEqual([
      { keyword: 'espresso', wordCount: 600, tone: 'casual' },
      { keyword: 'cold brew', title: 'Cold Brew', language: 'de', instructions: 'short' },
    ]);
    expect(rowIds).toEqual([rows[0].id, rows[2].id]);
  });

  it('keeps an empty sheet of rows and one blank row at the end', () => {
    expect(withSpareRows([])).toHaveLength(MIN_ROWS);
    const full = Array.from({ length: MIN_ROWS }, (_, i) => newRow({ keyword: `k${i}` }));
    const grown = withSpareRows(full);
    expect(grown).toHaveLength(MIN_ROWS + 1);
    expect(grown.at(-1)?.keyword).toBe('');
    expect(withSpareRows(grown)).toBe(grown);
  });
});
