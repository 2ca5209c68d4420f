import type { ProblemFieldError } from '@/types/api';

import { ROW_FIELDS, type RowField } from './rows';
import { isSettingsField, type SettingsField } from './settings';

export type MappedProblems = {
  /** Problems of grid cells, by grid row id and field. */
  cells: Map<number, Partial<Record<RowField, string>>>;
  /** Problems of settings fields. */
  settings: Partial<Record<SettingsField, string>>;
  /** What could not be put on a cell or field (the batch as a whole, an unknown field). */
  other: ProblemFieldError[];
};

function isRowField(value: string): value is RowField {
  return (ROW_FIELDS as readonly string[]).includes(value);
}

/**
 * Puts the server's validation errors back where they belong: `row` is the 1-based submitted item
 * (item i came from grid row rowIds[i - 1]), `field` an item field or `settings.<name>`.
 */
export function mapProblem(errors: ProblemFieldError[], rowIds: number[]): MappedProblems {
  const mapped: MappedProblems = { cells: new Map(), settings: {}, other: [] };
  for (const error of errors) {
    if (error.field.startsWith('settings.')) {
      const field = error.field.slice('settings.'.length);
      if (isSettingsField(field)) {
        mapped.settings[field] = error.message;
        continue;
      }
    } else if (error.field === 'name' && error.row === null) {
      mapped.settings.name = error.message;
      continue;
    } else if (error.row !== null && isRowField(error.field)) {
      const rowId = rowIds[error.row - 1];
      if (rowId !== undefined) {
        const cells = mapped.cells.get(rowId) ?? {};
        cells[error.field] = error.message;
        mapped.cells.set(rowId, cells);
        continue;
      }
    }
    mapped.other.push(error);
  }
  return mapped;
}
