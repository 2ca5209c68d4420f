import type { GridRow } from './rows';

/** A change of the grid that can be undone: what it was and the rows on the other side of it. */
export type Step = { label: string; rows: GridRow[] };

/** Undo and redo stacks, newest last, as in a spreadsheet. */
export type History = { past: Step[]; future: Step[] };

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Steps kept to undo; older ones are forgotten. */
export const MAX_STEPS = 100;

/** A new change: the rows before it go on the undo stack and the redo stack is dropped. */
export function record(history: History, label: string, before: GridRow[]): History {
  const past = [...history.past, { label, rows: before }].slice(-MAX_STEPS);
  return { past, future: [] };
}

/** Takes the newest step off one stack and puts the current rows on the other. */
function move(
  from: Step[],
  to: Step[],
  current: GridRow[],
): { from: Step[]; to: Step[]; step: Step } | null {
  const step = from[from.length - 1];
  if (!step) return null;
  return { from: from.slice(0, -1), to: [...to, { label: step.label, rows: current }], step };
}

export function undo(history: History, current: GridRow[]) {
  const moved = move(history.past, history.future, current);
  if (!moved) return null;
  return { history: { past: moved.from, future: moved.to }, ...moved.step };
}

export function redo(history: History, current: GridRow[]) {
  const moved = move(history.future, history.past, current);
  if (!moved) return null;
  return { history: { past: moved.to, future: moved.from }, ...moved.step };
}
