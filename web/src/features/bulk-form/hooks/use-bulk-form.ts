import { useEffect, useMemo, useRef, useState } from 'react';

import type { ProblemFieldError } from '@/types/api';

import {
  clearRange,
  fillDown as fillDownRange,
  pasteOverRange,
  type CellRange,
} from '../utils/cell-range';
import { EMPTY_HISTORY, record, redo, undo, type History } from '../utils/history';
import { mapProblem } from '../utils/map-problem';
import {
  checkRows,
  isBlank,
  removeDuplicates,
  withSpareRows,
  type CellProblems,
  type GridRow,
  type RowField,
} from '../utils/rows';
import {
  checkSettings,
  defaultSettings,
  type SettingsField,
  type SettingsForm,
} from '../utils/settings';
import { clearDraft, loadDraft, saveDraft } from '../utils/storage';

const SAVE_DELAY_MS = 400;

/**
 * The state of the bulk form: the grid rows, the settings, the undo and redo steps, the server's
 * problems (kept until the cell or field is edited) and the draft kept in localStorage.
 */
export function useBulkForm() {
  const [initial] = useState(() => loadDraft());
  const [rows, setRowsState] = useState<GridRow[]>(() => withSpareRows(initial?.rows ?? []));
  const [settings, setSettingsState] = useState<SettingsForm>(
    () => initial?.settings ?? defaultSettings(),
  );
  const [restored, setRestored] = useState(() => Boolean(initial && initial.rows.length > 0));
  const [history, setHistory] = useState<History>(EMPTY_HISTORY);
  const [selectedRows, setSelectedRows] = useState<ReadonlySet<number>>(() => new Set());
  const [serverCells, setServerCells] = useState<Map<number, CellProblems>>(() => new Map());
  const [serverSettings, setServerSettings] = useState<Partial<Record<SettingsField, string>>>({});
  const [serverOther, setServerOther] = useState<ProblemFieldError[]>([]);
  const [notice, setNotice] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);

  const check = useMemo(() => checkRows(rows), [rows]);
  const settingsProblems = useMemo(
    () => ({ ...serverSettings, ...checkSettings(settings) }),
    [settings, serverSettings],
  );

  // keep the draft, a moment after the last change
  const saveTimer = useRef<number | undefined>(undefined);
  const discarded = useRef(false);
  useEffect(() => {
    window.clearTimeout(saveTimer.current);
    if (discarded.current) return;
    saveTimer.current = window.setTimeout(
      () => setSaveFailed(!saveDraft(rows, settings)),
      SAVE_DELAY_MS,
    );
    return () => window.clearTimeout(saveTimer.current);
  }, [rows, settings]);

  /** A bulk change of rows that the user can undo. */
  const changeUndoably = (label: string, next: GridRow[], message: string) => {
    setHistory((h) => record(h, label, rows));
    setRowsState(withSpareRows(next));
    setSelectedRows(new Set());
    setNotice(message);
  };

  /** A cell typed into: undoable one edit at a time, without a notice. */
  const editCell = (next: GridRow[], changed: { rowId: number; field: RowField }) => {
    setHistory((h) => record(h, 'typing', rows));
    setRowsState(withSpareRows(next));
    setNotice('');
    clearServerCell(changed.rowId, changed.field);
  };

  const clearServerCell = (rowId: number, field: RowField) => {
    setServerCells((current) => {
      const cells = current.get(rowId);
      if (!cells?.[field]) return current;
      const next = new Map(current);
      const rest = { ...cells };
      delete rest[field];
      next.set(rowId, rest);
      return next;
    });
  };

  /** A block from the clipboard written at, or repeated over, the selected range. */
  const paste = (range: CellRange, block: string[][]) => {
    const result = pasteOverRange(rows, range, block);
    if (result.written === 0 || result.rows === rows) return;
    changeUndoably(
      'paste',
      result.rows,
      `Pasted ${result.written.toLocaleString()} row${result.written === 1 ? '' : 's'}.`,
    );
  };

  const appendRows = (imported: GridRow[], source: string) => {
    const kept = rows.filter((row) => !isBlank(row));
    changeUndoably(
      'import',
      [...kept, ...imported],
      `Imported ${imported.length.toLocaleString()} row${imported.length === 1 ? '' : 's'} from ${source}.`,
    );
  };

  /** Delete: every cell of the range blank. */
  const clearCells = (range: CellRange) => {
    const next = clearRange(rows, range);
    if (next !== rows) changeUndoably('delete', next, '');
  };

  /** Ctrl+D: the range's top row copied down (a one-row range takes the row above). */
  const fillDown = (range: CellRange) => {
    const next = fillDownRange(rows, range);
    if (next !== rows) changeUndoably('fill down', next, '');
  };

  const deleteSelected = () => {
    if (selectedRows.size === 0) return;
    const count = selectedRows.size;
    changeUndoably(
      'delete rows',
      rows.filter((row) => !selectedRows.has(row.id)),
      `Deleted ${count} row${count === 1 ? '' : 's'}.`,
    );
  };

  /** Rows deleted by id, e.g. a keyword group's "Keep one" (`label` names the undo step). */
  const removeRows = (ids: readonly number[], label: string, message: string) => {
    if (ids.length === 0) return;
    const drop = new Set(ids);
    changeUndoably(
      label,
      rows.filter((row) => !drop.has(row.id)),
      message,
    );
  };

  const dropDuplicates = () => {
    const count = check.duplicates;
    changeUndoably(
      'remove duplicates',
      removeDuplicates(rows),
      `Removed ${count} duplicate row${count === 1 ? '' : 's'}.`,
    );
  };

  /** The grid and settings of another batch (Duplicate as new batch); the grid can be undone. */
  const replaceAll = (next: GridRow[], nextSettings: SettingsForm, message: string) => {
    changeUndoably('copy', next, message);
    setSettingsState(nextSettings);
    setServerSettings({});
    setRestored(false);
  };

  const clearAll = () => {
    changeUndoably('clear', [], 'Cleared the grid.');
    setRestored(false);
  };

  /** Goes one step back (undo) or forward (redo) in the history. */
  const travel = (go: typeof undo, verb: string) => {
    const step = go(history, rows);
    if (!step) return;
    setHistory(step.history);
    setRowsState(step.rows);
    setSelectedRows(new Set());
    setNotice(`${verb} the ${step.label}.`);
  };
  const undoLast = () => travel(undo, 'Undid');
  const redoLast = () => travel(redo, 'Redid');

  /** Clears the last notice (e.g. a new file is being imported). */
  const clearNotice = () => setNotice('');

  const setSettings = (next: SettingsForm) => {
    setSettingsState(next);
    setServerSettings((current) => {
      const changed = (Object.keys(current) as SettingsField[]).filter(
        (field) => next[field] !== settings[field],
      );
      if (changed.length === 0) return current;
      const rest = { ...current };
      changed.forEach((field) => delete rest[field]);
      return rest;
    });
  };

  /** Puts the server's validation errors on the cells and fields they name. */
  const showServerProblems = (errors: ProblemFieldError[], rowIds: number[]) => {
    const mapped = mapProblem(errors, rowIds);
    setServerCells(mapped.cells);
    setServerSettings(mapped.settings);
    setServerOther(mapped.other);
  };

  /** After a successful submit: the draft is done with, and no pending save may bring it back. */
  const discardDraft = () => {
    discarded.current = true;
    window.clearTimeout(saveTimer.current);
    clearDraft();
  };

  const clearServerProblems = () => {
    setServerCells(new Map());
    setServerSettings({});
    setServerOther([]);
  };

  return {
    rows,
    settings,
    setSettings,
    check,
    settingsProblems,
    restored,
    undoLabel: history.past[history.past.length - 1]?.label,
    redoLabel: history.future[history.future.length - 1]?.label,
    undoLast,
    redoLast,
    selectedRows,
    setSelectedRows,
    serverCells,
    serverOther,
    notice,
    saveFailed,
    editCell,
    paste,
    appendRows,
    clearCells,
    fillDown,
    clearNotice,
    deleteSelected,
    removeRows,
    dropDuplicates,
    clearAll,
    replaceAll,
    showServerProblems,
    clearServerProblems,
    discardDraft,
  };
}

export type BulkForm = ReturnType<typeof useBulkForm>;
