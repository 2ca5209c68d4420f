import { detectDelimiter, parseDelimited } from './delimited';
import { rowsFromTable, type GridRow } from './rows';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Rows from a CSV (or TSV) file or an Excel workbook's first sheet: by the header row when it names
 * the columns, otherwise the columns in grid order. XLSX is read with read-excel-file (MIT, small,
 * maintained, no known advisories), loaded only when a workbook is imported; SheetJS's `xlsx` on npm
 * is stuck at 0.18.5 with open advisories, so it was not chosen.
 */
export async function rowsFromFile(file: File): Promise<GridRow[]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser');
    let sheet: unknown[][];
    try {
      sheet = await readSheet(file);
    } catch {
      // the library's own words name its internals (`xl/workbook.xml` …), not the user's problem
      throw new Error('it is not a readable .xlsx workbook; save it again from Excel, or as .csv.');
    }
    return rowsFromTable(sheet.map((cells) => cells.map(cellText)));
  }
  if (/\.xls$/i.test(file.name)) {
    throw new Error('Old .xls workbooks cannot be read; save the sheet as .xlsx or .csv first.');
  }
  const text = await file.text();
  return rowsFromTable(parseDelimited(text, detectDelimiter(text)));
}
