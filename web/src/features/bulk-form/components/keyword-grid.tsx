import 'react-data-grid/lib/styles.css';

import { useMemo, useState, type RefObject } from 'react';
import {
  DataGrid,
  renderTextEditor,
  SelectColumn,
  type CalculatedColumn,
  type CellCopyArgs,
  type CellKeyboardEvent,
  type CellKeyDownArgs,
  type CellMouseArgs,
  type CellMouseEvent,
  type CellPasteArgs,
  type Column,
  type DataGridHandle,
  type PositionChangeArgs,
  type RowsChangeData,
} from 'react-data-grid';

import {
  boundsOf,
  contains,
  extendRange,
  isArrowKey,
  isSingleCell,
  rangeToTsv,
  singleCell,
  type CellRange,
} from '../utils/cell-range';
import { parseDelimited } from '../utils/delimited';
import {
  FIELD_LABELS,
  ROW_FIELDS,
  type CellProblems,
  type GridCheck,
  type GridRow,
  type RowField,
} from '../utils/rows';

/** Grid columns before the first field: the row selection box and the row number. */
export const FIRST_FIELD_COLUMN = 2;

const WIDTHS: Record<RowField, number | string> = {
  keyword: 'minmax(220px, 2fr)',
  title: 'minmax(160px, 1.5fr)',
  wordCount: 120,
  tone: 130,
  language: 110,
  instructions: 'minmax(180px, 1.5fr)',
};

export type KeywordGridProps = {
  rows: GridRow[];
  check: GridCheck;
  /** Problems the server found, by row id, until the cell is edited. */
  serverProblems: Map<number, CellProblems>;
  selectedRows: ReadonlySet<number>;
  onSelectedRowsChange: (selected: Set<number>) => void;
  /** A cell was edited. */
  onRowsChange: (rows: GridRow[], changed: { rowId: number; field: RowField }) => void;
  /** Text was pasted with this range selected (a single cell when nothing else is). */
  onPaste: (range: CellRange, block: string[][]) => void;
  /** Delete or Backspace: the range's cells cleared. */
  onClear: (range: CellRange) => void;
  /** Ctrl+D: the range filled down. */
  onFillDown: (range: CellRange) => void;
  onUndo: () => void;
  onRedo: () => void;
  gridRef: RefObject<DataGridHandle | null>;
};

export function problemOf(
  row: GridRow,
  field: RowField,
  check: GridCheck,
  serverProblems: Map<number, CellProblems>,
): string | undefined {
  return check.byId.get(row.id)?.problems[field] ?? serverProblems.get(row.id)?.[field];
}

/** The field index (0 = keyword) of a grid column, or -1 for the selection and number columns. */
function fieldIndex(column: Pick<CalculatedColumn<GridRow>, 'idx'> | undefined): number {
  if (!column) return -1;
  const col = column.idx - FIRST_FIELD_COLUMN;
  return col >= 0 && col < ROW_FIELDS.length ? col : -1;
}

function isRowField(key: string): key is RowField {
  return (ROW_FIELDS as readonly string[]).includes(key);
}

function isEditorTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/**
 * The keyword grid. It behaves like a spreadsheet: Enter commits and moves down, Tab moves right
 * and leaves the grid from the last column (the grid is one Tab stop with roving focus inside),
 * Shift+arrows select a range that Ctrl+C copies as TSV, Delete clears, Ctrl+D fills down and a
 * paste fills or starts at; Ctrl+Z and Ctrl+Shift+Z undo and redo.
 */
export function KeywordGrid({
  rows,
  check,
  serverProblems,
  selectedRows,
  onSelectedRowsChange,
  onRowsChange,
  onPaste,
  onClear,
  onFillDown,
  onUndo,
  onRedo,
  gridRef,
}: KeywordGridProps) {
  const [range, setRange] = useState<CellRange | null>(null);
  const indexById = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);
  const multiCell = range !== null && !isSingleCell(range);

  const columns = useMemo<Column<GridRow>[]>(
    () => [
      { ...SelectColumn, frozen: true },
      {
        key: 'row',
        name: '#',
        width: 60,
        frozen: true,
        cellClass: 'grid__number',
        renderCell: ({ rowIdx }) => rowIdx + 1,
      },
      ...ROW_FIELDS.map((field, col): Column<GridRow> => ({
        key: field,
        name: FIELD_LABELS[field],
        width: WIDTHS[field],
        resizable: true,
        renderEditCell: renderTextEditor,
        cellClass: (row) => {
          const classes: string[] = [];
          if (problemOf(row, field, check, serverProblems)) classes.push('grid__cell--invalid');
          if (field === 'keyword' && check.byId.get(row.id)?.duplicateOf !== undefined) {
            classes.push('grid__cell--duplicate');
          }
          const rowIdx = indexById.get(row.id);
          if (multiCell && rowIdx !== undefined && contains(range, rowIdx, col)) {
            classes.push('grid__cell--in-range');
          }
          return classes.join(' ') || undefined;
        },
        renderCell: ({ row }) => {
          const problem = problemOf(row, field, check, serverProblems);
          const duplicateOf = field === 'keyword' ? check.byId.get(row.id)?.duplicateOf : undefined;
          const note = problem
            ? `${FIELD_LABELS[field]} ${problem}`
            : duplicateOf !== undefined
              ? `Same keyword as row ${duplicateOf}`
              : undefined;
          return (
            <span title={note} className="grid__value">
              {row[field]}
              {note && <span className="visually-hidden"> ({note})</span>}
            </span>
          );
        },
      })),
    ],
    [check, serverProblems, indexById, range, multiCell],
  );
  const lastColumn = columns.length - 1;

  /** The range the keys act on: the selected one when it holds the active cell, else that cell. */
  const rangeAt = (rowIdx: number, col: number): CellRange =>
    range && contains(range, rowIdx, col) ? range : singleCell(rowIdx, col);

  const handleRowsChange = (next: GridRow[], data: RowsChangeData<GridRow>) => {
    const index = data.indexes[0];
    const key = data.column.key;
    if (index === undefined || !isRowField(key)) return;
    onRowsChange(next, { rowId: next[index].id, field: key });
  };

  const handleActivePositionChange = ({ rowIdx, column }: PositionChangeArgs<GridRow>) => {
    const col = fieldIndex(column);
    setRange(col >= 0 && rowIdx >= 0 ? singleCell(rowIdx, col) : null);
  };

  const handlePaste = ({ row, column }: CellPasteArgs<GridRow>, event: React.ClipboardEvent) => {
    // while a cell is being edited, a paste goes into its editor as usual: writing a block around
    // an open editor would be undone when the editor commits its (older) row
    const col = fieldIndex(column);
    if (col < 0 || isEditorTarget(event.target)) return row;
    const text = event.clipboardData.getData('text/plain');
    event.preventDefault();
    const rowIdx = rows.findIndex((r) => r.id === row.id);
    onPaste(rangeAt(Math.max(0, rowIdx), col), parseDelimited(text, '\t'));
    return row;
  };

  const handleCopy = ({ row, column }: CellCopyArgs<GridRow>, event: React.ClipboardEvent) => {
    const col = fieldIndex(column);
    if (col < 0 || isEditorTarget(event.target)) return;
    const rowIdx = indexById.get(row.id) ?? 0;
    event.clipboardData.setData('text/plain', rangeToTsv(rows, rangeAt(rowIdx, col)));
    event.preventDefault();
  };

  /** Moves the active cell after the editor has committed (Enter: down, Shift+Enter: up). */
  const moveActive = (rowIdx: number, idx: number) => {
    if (rowIdx < 0 || rowIdx >= rows.length + 1) return;
    gridRef.current?.setActivePosition({ idx, rowIdx }, { shouldFocus: true });
  };

  const handleKeyDown = (args: CellKeyDownArgs<GridRow>, event: CellKeyboardEvent) => {
    const idx = args.column?.idx ?? -1;
    // Tab moves right inside a row; from the last column (Shift+Tab: the first) it leaves the grid
    // as any other Tab stop would, instead of wrapping through every row
    if (event.key === 'Tab' && (event.shiftKey ? idx <= 0 : idx === lastColumn)) {
      event.preventGridDefault();
      return;
    }
    if (args.mode === 'EDIT') {
      if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventGridDefault();
        event.preventDefault();
        args.onClose(true);
        moveActive(args.rowIdx + (event.shiftKey ? -1 : 1), idx);
      }
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (ctrl && (key === 'z' || key === 'y')) {
      event.preventGridDefault();
      event.preventDefault();
      if (key === 'y' || event.shiftKey) onRedo();
      else onUndo();
      return;
    }
    const col = fieldIndex(args.column);
    if (col < 0 || args.rowIdx < 0) return;
    if (event.shiftKey && !ctrl && isArrowKey(event.key)) {
      event.preventGridDefault();
      event.preventDefault();
      const next = extendRange(rangeAt(args.rowIdx, col), event.key, rows.length);
      setRange(next);
      gridRef.current?.scrollToCell({
        idx: FIRST_FIELD_COLUMN + next.head.col,
        rowIdx: next.head.rowIdx,
      });
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventGridDefault();
      event.preventDefault();
      onClear(rangeAt(args.rowIdx, col));
      return;
    }
    if (ctrl && key === 'd') {
      event.preventGridDefault();
      event.preventDefault();
      onFillDown(rangeAt(args.rowIdx, col));
    }
  };

  /** Shift+click extends the range from the active cell to the clicked one. */
  const handleMouseDown = ({ rowIdx, column }: CellMouseArgs<GridRow>, event: CellMouseEvent) => {
    const col = fieldIndex(column);
    if (!event.shiftKey || col < 0 || !range) return;
    event.preventGridDefault();
    event.preventDefault();
    setRange({ anchor: range.anchor, head: { rowIdx, col } });
  };

  const bounds = multiCell ? boundsOf(range) : null;

  return (
    <>
      <DataGrid
        ref={gridRef}
        className="grid rdg-light"
        aria-label="Keywords: one article per row"
        aria-describedby="grid-help"
        columns={columns}
        rows={rows}
        rowKeyGetter={(row) => row.id}
        onRowsChange={handleRowsChange}
        selectedRows={selectedRows}
        onSelectedRowsChange={onSelectedRowsChange}
        onActivePositionChange={handleActivePositionChange}
        onCellPaste={handlePaste}
        onCellCopy={handleCopy}
        onCellKeyDown={handleKeyDown}
        onCellMouseDown={handleMouseDown}
        rowHeight={32}
        headerRowHeight={34}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="grid-range">
        {bounds
          ? `Selected rows ${bounds.top + 1} to ${bounds.bottom + 1}, ${FIELD_LABELS[ROW_FIELDS[bounds.left]]} to ${FIELD_LABELS[ROW_FIELDS[bounds.right]]}`
          : ''}
      </p>
    </>
  );
}
