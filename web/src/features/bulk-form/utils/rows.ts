import {
  lengthProblem,
  MAX_INSTRUCTIONS_LENGTH,
  MAX_KEYWORD_LENGTH,
  MAX_TITLE_LENGTH,
  languageProblem,
  oneOfProblem,
  TONES,
  wordCountProblem,
} from './setting-values';

/** The grid's columns: the keyword and the per-row overrides the API accepts, in grid order. */
export const ROW_FIELDS = [
  'keyword',
  'title',
  'wordCount',
  'tone',
  'language',
  'instructions',
] as const;

export type RowField = (typeof ROW_FIELDS)[number];

export const FIELD_LABELS: Record<RowField, string> = {
  keyword: 'Keyword',
  title: 'Title',
  wordCount: 'Target words',
  tone: 'Tone',
  language: 'Language',
  instructions: 'Custom instructions',
};

/** One grid row: every cell as typed (text), so nothing a user typed is lost or rounded. */
export type GridRow = { id: number } & Record<RowField, string>;

/** An item of POST /api/articles/bulk: the keyword and the overrides this row sets. */
export type SubmitItem = {
  keyword: string;
  title?: string;
  wordCount?: number;
  tone?: string;
  language?: string;
  instructions?: string;
};

let nextId = 1;

export function newRow(values: Partial<Record<RowField, string>> = {}): GridRow {
  return {
    id: nextId++,
    keyword: '',
    title: '',
    wordCount: '',
    tone: '',
    language: '',
    instructions: '',
    ...values,
  };
}

export function isBlank(row: GridRow): boolean {
  return ROW_FIELDS.every((field) => row[field].trim() === '');
}

/** Rows the grid shows at least, like an empty sheet. */
export const MIN_ROWS = 20;

/** Keeps at least MIN_ROWS rows and one blank row at the end to type or paste into. */
export function withSpareRows(rows: GridRow[]): GridRow[] {
  const last = rows[rows.length - 1];
  const needsSpare = last === undefined || !isBlank(last);
  const missing = Math.max(MIN_ROWS - rows.length, needsSpare ? 1 : 0);
  if (missing === 0) return rows;
  const spare = Array.from({ length: missing }, () => newRow());
  return [...rows, ...spare];
}

/** A column name as a person writes it ("Word Count", "word_count") matched to a field. */
const ALIASES: Record<string, RowField> = {
  keyword: 'keyword',
  keywords: 'keyword',
  title: 'title',
  wordcount: 'wordCount',
  words: 'wordCount',
  targetwords: 'wordCount',
  length: 'wordCount',
  tone: 'tone',
  language: 'language',
  lang: 'language',
  instructions: 'instructions',
  custominstructions: 'instructions',
};

export function fieldForHeader(header: string): RowField | undefined {
  return ALIASES[header.toLowerCase().replace(/[^a-z]/g, '')];
}

/**
 * When the first row of a block names columns (and one of them is the keyword), the fields it
 * names in order; otherwise null and the block is data.
 */
export function headerFields(firstRow: string[]): (RowField | undefined)[] | null {
  const fields = firstRow.map((cell) => (cell.trim() === '' ? undefined : fieldForHeader(cell)));
  const named = firstRow.filter((cell) => cell.trim() !== '').length;
  const known = fields.filter((f) => f !== undefined);
  return named > 0 && known.length === named && known.includes('keyword') ? fields : null;
}

/**
 * Writes a block of cells (rows × columns) into the grid with its top-left corner at (rowIdx,
 * field), growing the grid to fit. A header row that names the columns is used to place the cells
 * and is not written. Columns past the last field are dropped. Returns new rows; the old array is
 * untouched (so the paste can be undone).
 */
export function pasteBlock(
  rows: GridRow[],
  rowIdx: number,
  field: RowField,
  block: string[][],
): { rows: GridRow[]; written: number } {
  if (block.length === 0) return { rows, written: 0 };
  const header = headerFields(block[0]);
  const data = header ? block.slice(1) : block;
  const startCol = ROW_FIELDS.indexOf(field);
  const targets: (RowField | undefined)[] = header
    ? header
    : data[0].map((_, c) => ROW_FIELDS[startCol + c]);
  // with a header the block is placed by name, so it starts a fresh run of rows
  const start = header ? firstBlankRunFrom(rows, rowIdx) : rowIdx;
  const next = rows.slice();
  data.forEach((cells, r) => {
    const at = start + r;
    const base = next[at] ?? newRow();
    const changed: Partial<Record<RowField, string>> = {};
    cells.forEach((cell, c) => {
      const target = header ? targets[c] : ROW_FIELDS[startCol + c];
      if (target) changed[target] = cell.trim();
    });
    next[at] = { ...base, ...changed };
  });
  return { rows: next, written: data.length };
}

/** Where a block with a header goes: at the active row when it is blank, else after the data. */
function firstBlankRunFrom(rows: GridRow[], rowIdx: number): number {
  if (rows[rowIdx] === undefined || isBlank(rows[rowIdx])) return rowIdx;
  let last = rows.length - 1;
  while (last >= 0 && isBlank(rows[last])) last -= 1;
  return last + 1;
}

/** Rows made from an imported sheet (CSV or XLSX): by its header, or as keywords alone. */
export function rowsFromTable(table: string[][]): GridRow[] {
  const nonEmpty = table.filter((cells) => cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return [];
  const header = headerFields(nonEmpty[0]);
  const data = header ? nonEmpty.slice(1) : nonEmpty;
  return data.map((cells) => {
    const values: Partial<Record<RowField, string>> = {};
    cells.forEach((cell, c) => {
      const field = header ? header[c] : ROW_FIELDS[c];
      if (field) values[field] = cell.trim();
    });
    return newRow(values);
  });
}

export type CellProblems = Partial<Record<RowField, string>>;

export type RowCheck = {
  /** Problems of this row's cells, by field. */
  problems: CellProblems;
  /** 1-based grid row of the first row with the same keyword, when this one repeats it. */
  duplicateOf?: number;
};

export type GridCheck = {
  /** Checks of non-blank rows, by row id. */
  byId: Map<number, RowCheck>;
  /** Non-blank rows. */
  rows: number;
  /** Non-blank rows without a problem (duplicates count as valid: they can be submitted). */
  valid: number;
  /** Rows whose keyword repeats an earlier row's. */
  duplicates: number;
  /** Cells with a problem. */
  problems: number;
};

export function keywordKey(keyword: string): string {
  return keyword.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function checkRow(row: GridRow): CellProblems {
  const problems: CellProblems = {};
  const keyword = row.keyword.trim();
  if (keyword === '') problems.keyword = 'is blank; every row needs a keyword';
  else {
    const tooLong = lengthProblem(keyword, MAX_KEYWORD_LENGTH);
    if (tooLong) problems.keyword = tooLong;
  }
  const title = lengthProblem(row.title.trim(), MAX_TITLE_LENGTH);
  if (title) problems.title = title;
  if (row.wordCount.trim() !== '') {
    const words = wordCountProblem(row.wordCount);
    if (words) problems.wordCount = words;
  }
  if (row.tone.trim() !== '') {
    const tone = oneOfProblem(row.tone, TONES);
    if (tone) problems.tone = tone;
  }
  if (row.language.trim() !== '') {
    const language = languageProblem(row.language);
    if (language) problems.language = language;
  }
  const instructions = lengthProblem(row.instructions.trim(), MAX_INSTRUCTIONS_LENGTH);
  if (instructions) problems.instructions = instructions;
  return problems;
}

/** Checks every row: cell problems, duplicates and the counts the form shows. Blank rows are ignored. */
export function checkRows(rows: GridRow[]): GridCheck {
  const byId = new Map<number, RowCheck>();
  const firstRowOf = new Map<string, number>();
  let count = 0;
  let valid = 0;
  let duplicates = 0;
  let problems = 0;
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    count += 1;
    const cellProblems = checkRow(row);
    const problemCount = Object.keys(cellProblems).length;
    problems += problemCount;
    if (problemCount === 0) valid += 1;
    const check: RowCheck = { problems: cellProblems };
    const key = keywordKey(row.keyword);
    if (key !== '') {
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, index + 1);
      else {
        check.duplicateOf = first;
        duplicates += 1;
      }
    }
    byId.set(row.id, check);
  });
  return { byId, rows: count, valid, duplicates, problems };
}

/** Drops every row whose keyword repeats an earlier row's (the first one stays). */
export function removeDuplicates(rows: GridRow[]): GridRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = keywordKey(row.keyword);
    if (key === '') return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The items to submit, in grid order, blank rows left out, with the grid row id of each (item i
 * is the server's row i + 1), so the server's errors can be put back on the right cells.
 */
export function toItems(rows: GridRow[]): { items: SubmitItem[]; rowIds: number[] } {
  const items: SubmitItem[] = [];
  const rowIds: number[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const item: SubmitItem = { keyword: row.keyword.trim() };
    const title = row.title.trim();
    if (title) item.title = title;
    const words = row.wordCount.trim();
    // the form does not submit while a cell has a problem, so this is a whole number
    if (words) item.wordCount = Number(words);
    const tone = row.tone.trim();
    if (tone) item.tone = tone.toLowerCase();
    const language = row.language.trim();
    if (language) item.language = language;
    const instructions = row.instructions.trim();
    if (instructions) item.instructions = instructions;
    items.push(item);
    rowIds.push(row.id);
  }
  return { items, rowIds };
}
