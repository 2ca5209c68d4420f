import { describe, expect, it } from 'vitest';

import { detectDelimiter, parseDelimited } from '../delimited';

describe('parseDelimited', () => {
  it('reads an Excel clipboard block: tabs, CRLF and a trailing line break', () => {
    const excel = 'espresso\tCoffee at home\t600\r\ncold brew\t\t800\r\n';
    expect(parseDelimited(excel, '\t')).toEqual([
      ['espresso', 'Coffee at home', '600'],
      ['cold brew', '', '800'],
    ]);
  });

  it('reads a Google Sheets block: LF between rows and none at the end', () => {
    expect(parseDelimited('a\tb\nc\td', '\t')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps line breaks, tabs and doubled quotes inside quoted cells', () => {
    const text = '"two\r\nlines"\t"tab\there"\t"say ""hi"""\r\nnext\t\t\r\n';
    expect(parseDelimited(text, '\t')).toEqual([
      ['two\r\nlines', 'tab\there', 'say "hi"'],
      ['next', '', ''],
    ]);
  });

  it('keeps a quote that does not open a quoted cell as text', () => {
    expect(parseDelimited('"unclosed\tb\n5" screen\tc', '\t')).toEqual([
      ['"unclosed', 'b'],
      ['5" screen', 'c'],
    ]);
    expect(parseDelimited('"quoted" tail\tx', '\t')).toEqual([['"quoted" tail', 'x']]);
  });

  it('reads a single value, an empty text, lone CRs and a byte-order mark', () => {
    expect(parseDelimited('just one', '\t')).toEqual([['just one']]);
    expect(parseDelimited('', '\t')).toEqual([]);
    expect(parseDelimited('a\rb', '\t')).toEqual([['a'], ['b']]);
    expect(parseDelimited('\uFEFFkeyword,title\nx,"y, z"', ',')).toEqual([
      ['keyword', 'title'],
      ['x', 'y, z'],
    ]);
  });

  it('ends a row with an empty cell after a trailing delimiter', () => {
    expect(parseDelimited('a\t', '\t')).toEqual([['a', '']]);
  });
});

describe('detectDelimiter', () => {
  it('picks the separator the header line uses most', () => {
    expect(detectDelimiter('keyword,title\na,b')).toBe(',');
    expect(detectDelimiter('keyword;title;tone\r\na;b;c')).toBe(';');
    expect(detectDelimiter('keyword\ttitle\n')).toBe('\t');
    expect(detectDelimiter('keyword\nonly')).toBe(',');
  });
});
