import 'react-data-grid/lib/styles.css';

import { useMemo, type Ref } from 'react';
import {
  DataGrid,
  renderTextEditor,
  SelectColumn,
  type CellKeyboardEvent,
  type CellKeyDownArgs,
  type CellPasteArgs,
  type Column,
  type DataGridHandle,
  type RowsChangeData,
} from 'react-data-grid';

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
  /** Text was pasted with the cell at (rowIdx, field) active. */
  onPaste: (rowIdx: number, field: RowField, block: string[][]) => void;
  onDeleteKey: (rowIdx: number, field: RowField) => void;
  onUndo: () => void;
  gridRef?: Ref<DataGridHandle>;
};

export function problemOf(
  row: GridRow,
  field: RowField,
  check: GridCheck,
  serverProblems: Map<number, CellProblems>,
): string | undefined {
  return check.byId.get(row.id)?.problems[field] ?? serverProblems.get(row.id)?.[field];
}

function isRowField(key: string): key is RowField {
  return (ROW_FIELDS as readonly string[]).includes(key);
}

export function KeywordGrid({
  rows,
  check,
  serverProblems,
  selectedRows,
  onSelectedRowsChange,
  onRowsChange,
  onPaste,
  onDeleteKey,
  onUndo,
  gridRef,
}: KeywordGridProps) {
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
      ...ROW_FIELDS.map((field): Column<GridRow> => ({
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
    [check, serverProblems],
  );

  const handleRowsChange = (next: GridRow[], data: RowsChangeData<GridRow>) => {
    const index = data.indexes[0];
    const key = data.column.key;
    if (index === undefined || !isRowField(key)) return;
    onRowsChange(next, { rowId: next[index].id, field: key });
  };

  const handlePaste = ({ row, column }: CellPasteArgs<GridRow>, event: React.ClipboardEvent) => {
    // while a cell is being edited, a paste goes into its editor as usual: writing a block around
    // an open editor would be undone when the editor commits its (older) row
    const target = event.target as HTMLElement;
    const inEditor = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (!isRowField(column.key) || inEditor) return row;
    const text = event.clipboardData.getData('text/plain');
    event.preventDefault();
    const rowIdx = rows.findIndex((r) => r.id === row.id);
    onPaste(rowIdx, column.key, parseDelimited(text, '\t'));
    return row;
  };

  const handleKeyDown = (args: CellKeyDownArgs<GridRow>, event: CellKeyboardEvent) => {
    if (args.mode !== 'ACTIVE') return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventGridDefault();
      event.preventDefault();
      onUndo();
      return;
    }
    const key = args.column?.key;
    if ((event.key === 'Delete' || event.key === 'Backspace') && key && isRowField(key)) {
      event.preventGridDefault();
      event.preventDefault();
      onDeleteKey(args.rowIdx, key);
    }
  };

  return (
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
      onCellPaste={handlePaste}
      onCellKeyDown={handleKeyDown}
      rowHeight={32}
      headerRowHeight={34}
    />
  );
}
