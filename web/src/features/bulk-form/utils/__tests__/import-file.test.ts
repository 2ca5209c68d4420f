import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { rowsFromFile } from '../import-file';

/** The smallest workbook Excel writes the parts of: one sheet, inline strings and a number. */
function workbook(rows: (string | number)[][]): File {
  const cells = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((value, c) => {
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            return typeof value === 'number'
              ? `<c r="${ref}"><v>${value}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Keywords" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`,
    ),
  };
  return new File([zipSync(files)], 'keywords.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

describe('rowsFromFile', () => {
  it('reads the first sheet of an XLSX workbook by its header row', async () => {
    const rows = await rowsFromFile(
      workbook([
        ['Keyword', 'Word Count', 'Tone'],
        ['espresso at home', 600, 'casual'],
        ['cold brew', 800, ''],
      ]),
    );
    expect(rows.map((r) => [r.keyword, r.wordCount, r.tone])).toEqual([
      ['espresso at home', '600', 'casual'],
      ['cold brew', '800', ''],
    ]);
  });

  it('says plainly that a broken workbook cannot be read', async () => {
    const broken = new File(['not a zip at all'], 'broken.xlsx');
    await expect(rowsFromFile(broken)).rejects.toThrow(
      'it is not a readable .xlsx workbook; save it again from Excel, or as .csv.',
    );
  });

  it('reads a tab-separated text file as keywords in grid column order', async () => {
    const rows = await rowsFromFile(new File(['latte\tLatte Art\n'], 'k.tsv'));
    expect(rows.map((r) => [r.keyword, r.title])).toEqual([['latte', 'Latte Art']]);
  });
});
