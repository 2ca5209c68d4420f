import { describe, expect, it } from 'vitest';

import {
  boundsOf,
  clearRange,
  contains,
  extendRange,
  fillDown,
  isSingleCell,
  pasteOverRange,
  rangeToTsv,
  singleCell,
} from '../cell-range';
import { newRow, type GridRow } from '../rows';

const grid = (): GridRow[] => [
  newRow({ keyword: 'a', title: 'A', wordCount: '600' }),
  newRow({ keyword: 'b', title: 'say "hi"\tthere' }),
  newRow({ keyword: 'c' }),
  newRow(),
];

describe('cell ranges', () => {
  it('extends from the anchor with Shift+arrows, within the grid', () => {
    let range = singleCell(1, 0);
    expect(isSingleCell(range)).toBe(true);
    range = extendRange(range, 'ArrowDown', 4);
    range = extendRange(range, 'ArrowRight', 4);
    range = extendRange(range, 'ArrowLeft', 4);
    range = extendRange(range, 'ArrowLeft', 4);
    expect(boundsOf(range)).toEqual({ top: 1, bottom: 2, left: 0, right: 0 });
    range = extendRange(extendRange(range, 'ArrowDown', 4), 'ArrowDown', 4);
    expect(range.head.rowIdx).toBe(3);
    range = extendRange(range, 'ArrowUp', 4);
    expect(contains(range, 2, 0)).toBe(true);
    expect(contains(range, 0, 0)).toBe(false);
    expect(extendRange(range, 'Home', 4)).toEqual(range);
  });

  it('copies a range as tab-separated text, quoting cells as spreadsheets do', () => {
    const range = { anchor: { rowIdx: 1, col: 1 }, head: { rowIdx: 0, col: 0 } };
    expect(rangeToTsv(grid(), range)).toBe('a\tA\nb\t"say ""hi""\tthere"');
    expect(rangeToTsv(grid(), singleCell(9, 0))).toBe('');
  });

  it('clears a range and keeps the same rows when it was blank', () => {
    const rows = grid();
    const cleared = clearRange(rows, {
      anchor: { rowIdx: 0, col: 0 },
      head: { rowIdx: 1, col: 1 },
    });
    expect(cleared.slice(0, 2).map((r) => [r.keyword, r.title, r.wordCount])).toEqual([
      ['', '', '600'],
      ['', '', ''],
    ]);
    expect(rows[0].keyword).toBe('a');
    expect(clearRange(rows, singleCell(3, 0))).toBe(rows);
  });

  it('fills down from the top row of a range, or from the row above a one-row range', () => {
    const rows = grid();
    const filled = fillDown(rows, { anchor: { rowIdx: 0, col: 1 }, head: { rowIdx: 2, col: 2 } });
    expect(filled.map((r) => r.title)).toEqual(['A', 'A', 'A', '']);
    expect(filled.map((r) => r.wordCount)).toEqual(['600', '600', '600', '']);
    expect(filled.map((r) => r.keyword)).toEqual(['a', 'b', 'c', '']);

    const fromAbove = fillDown(rows, singleCell(3, 0));
    expect(fromAbove[3].keyword).toBe('c');
    expect(fillDown(rows, singleCell(0, 0))).toBe(rows);
  });

  it('fills a range with a single pasted value or repeats a block that divides it', () => {
    const rows = grid();
    const range = { anchor: { rowIdx: 0, col: 3 }, head: { rowIdx: 3, col: 3 } };
    const single = pasteOverRange(rows, range, [['casual']]);
    expect(single.rows.map((r) => r.tone)).toEqual(['casual', 'casual', 'casual', 'casual']);
    expect(single.written).toBe(4);

    const tiled = pasteOverRange(rows, range, [['casual'], ['formal ']]);
    expect(tiled.rows.map((r) => r.tone)).toEqual(['casual', 'formal', 'casual', 'formal']);
  });

  it('writes a block that does not divide the range from its top-left cell, growing the grid', () => {
    const rows = grid();
    const range = { anchor: { rowIdx: 3, col: 0 }, head: { rowIdx: 2, col: 0 } };
    const result = pasteOverRange(rows, range, [['x'], ['y'], ['z']]);
    expect(result.rows.map((r) => r.keyword)).toEqual(['a', 'b', 'x', 'y', 'z']);
    expect(result.written).toBe(3);
  });
});
