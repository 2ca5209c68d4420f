/**
 * Reads delimited text: what Excel and Google Sheets put on the clipboard (tab-separated) and CSV
 * files. Cells that hold a tab, a line break or a quote come quoted ("a ""b"""); rows end in CRLF
 * (Excel), LF (Sheets) or CR. Lenient where spreadsheets are: a quote that does not open a properly
 * closed quoted cell is kept as text, and one trailing line break is not an extra row.
 */
export type Delimiter = '\t' | ',' | ';';

export function parseDelimited(input: string, delimiter: Delimiter): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  if (text === '') return rows;
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const quoted = text[i] === '"' ? readQuoted(text, i + 1, delimiter) : null;
    if (quoted) {
      row.push(quoted.value);
      i = quoted.end;
    } else {
      const end = nextBreak(text, i, delimiter);
      row.push(text.slice(i, end));
      i = end;
    }
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    // a line break ends the row: CRLF, LF or CR
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

function nextBreak(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/** A quoted cell from just after its opening quote, or null when it is not properly closed. */
function readQuoted(
  text: string,
  from: number,
  delimiter: string,
): { value: string; end: number } | null {
  let value = '';
  let i = from;
  while (i < text.length) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return null;
    value += text.slice(i, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      i = quote + 2;
      continue;
    }
    const after = text[quote + 1];
    if (after === undefined || after === delimiter || after === '\n' || after === '\r') {
      return { value, end: quote + 1 };
    }
    return null;
  }
  return null;
}

/** The delimiter of a CSV file: the one of , ; and tab that its first line uses most. */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const candidates: Delimiter[] = [',', ';', '\t'];
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
