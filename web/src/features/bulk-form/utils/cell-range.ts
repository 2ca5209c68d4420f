import { newRow, pasteBlock, ROW_FIELDS, type GridRow, type RowField } from './rows';

/** A cell of the grid by row index and field index (0 = keyword … 5 = instructions). */
export type CellPos = { rowIdx: number; col: number };

/** A rectangle of cells as a spreadsheet selects it: where it started and where it ends now. */
export type CellRange = { anchor: CellPos; head: CellPos };

export type RangeBounds = { top: number; bottom: number; left: number; right: number };

export function singleCell(rowIdx: number, col: number): CellRange {
  return { anchor: { rowIdx, col }, head: { rowIdx, col } };
}

export function boundsOf({ anchor, head }: CellRange): RangeBounds {
  return {
    top: Math.min(anchor.rowIdx, head.rowIdx),
    bottom: Math.max(anchor.rowIdx, head.rowIdx),
    left: Math.min(anchor.col, head.col),
    right: Math.max(anchor.col, head.col),
  };
}

export function isSingleCell(range: CellRange): boolean {
  return range.anchor.rowIdx === range.head.rowIdx && range.anchor.col === range.head.col;
}

export function contains(range: CellRange, rowIdx: number, col: number): boolean {
  const b = boundsOf(range);
  return rowIdx >= b.top && rowIdx <= b.bottom && col >= b.left && col <= b.right;
}

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function isArrowKey(key: string): boolean {
  return key in STEPS;
}

/** Shift+arrow: moves the range's free end one cell, within the grid's rows and fields. */
export function extendRange(range: CellRange, key: string, rowCount: number): CellRange {
  const [dRow, dCol] = STEPS[key] ?? [0, 0];
  const rowIdx = Math.min(Math.max(range.head.rowIdx + dRow, 0), rowCount - 1);
  const col = Math.min(Math.max(range.head.col + dCol, 0), ROW_FIELDS.length - 1);
  return { anchor: range.anchor, head: { rowIdx, col } };
}

function fieldsOf(b: RangeBounds): RowField[] {
  return ROW_FIELDS.slice(b.left, b.right + 1);
}

/** A cell as spreadsheets write it on the clipboard: quoted when it holds a tab, a break or a quote. */
function tsvCell(value: string): string {
  return /[\t\r\n"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The range as tab-separated text, the way Excel and Google Sheets copy it. */
export function rangeToTsv(rows: GridRow[], range: CellRange): string {
  const b = boundsOf(range);
  const fields = fieldsOf(b);
  const lines: string[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = rows[r];
    lines.push(fields.map((field) => tsvCell(row ? row[field] : '')).join('\t'));
  }
  return lines.join('\n');
}

/** Rows with every cell of the range blank; the same array when nothing changes. */
export function clearRange(rows: GridRow[], range: CellRange): GridRow[] {
  return fillRange(rows, range, () => '');
}

/**
 * Ctrl+D: the top row of the range copied into the rows below it; a range of one row takes the
 * row above it, as in Google Sheets. The same array when nothing changes.
 */
export function fillDown(rows: GridRow[], range: CellRange): GridRow[] {
  const b = boundsOf(range);
  const source = b.top === b.bottom ? rows[b.top - 1] : rows[b.top];
  if (!source) return rows;
  const from = b.top === b.bottom ? b.top : b.top + 1;
  return fillRange(rows, { ...b, top: from }, (field) => source[field]);
}

function fillRange(
  rows: GridRow[],
  range: CellRange | RangeBounds,
  value: (field: RowField, rowIdx: number, col: number) => string,
): GridRow[] {
  const b = 'anchor' in range ? boundsOf(range) : range;
  const fields = fieldsOf(b);
  let next: GridRow[] | null = null;
  for (let r = b.top; r <= b.bottom; r++) {
    const row = rows[r] ?? newRow();
    const changed: Partial<Record<RowField, string>> = {};
    fields.forEach((field, c) => {
      const cell = value(field, r, b.left + c);
      if (cell !== row[field]) changed[field] = cell;
    });
    if (Object.keys(changed).length === 0) continue;
    next ??= rows.slice();
    next[r] = { ...row, ...changed };
  }
  return next ?? rows;
}

/**
 * A block pasted with a range selected. A single value fills the whole range, a block whose size
 * divides the range's is repeated across it, and any other block is written from the range's
 * top-left cell, growing the grid as needed.
 */
export function pasteOverRange(
  rows: GridRow[],
  range: CellRange,
  block: string[][],
): { rows: GridRow[]; written: number } {
  const b = boundsOf(range);
  const height = block.length;
  const width = Math.max(0, ...block.map((cells) => cells.length));
  const rangeHeight = b.bottom - b.top + 1;
  const rangeWidth = b.right - b.left + 1;
  const tiles =
    height > 0 &&
    width > 0 &&
    block.every((cells) => cells.length === width) &&
    (rangeHeight > height || rangeWidth > width) &&
    rangeHeight % height === 0 &&
    rangeWidth % width === 0;
  if (!tiles) return pasteBlock(rows, b.top, ROW_FIELDS[b.left], block);
  const next = fillRange(rows, b, (_, r, c) =>
    block[(r - b.top) % height][(c - b.left) % width].trim(),
  );
  return { rows: next, written: rangeHeight };
}
