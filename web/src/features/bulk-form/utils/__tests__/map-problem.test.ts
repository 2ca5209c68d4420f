import { describe, expect, it } from 'vitest';

import { mapProblem } from '../map-problem';

describe('mapProblem', () => {
  it('puts item errors on the grid row each item came from and settings errors on their fields', () => {
    // items 1..3 came from grid rows 10, 12 and 15 (blank rows in between were left out)
    const mapped = mapProblem(
      [
        { row: 2, field: 'keyword', message: 'is 240 characters long; at most 200' },
        { row: 3, field: 'wordCount', message: '50 is out of range' },
        { row: 3, field: 'tone', message: "'grumpy' is not one of …" },
        { row: null, field: 'settings.language', message: "'xx' is not an ISO 639-1 code" },
        { row: null, field: 'name', message: 'is 300 characters long' },
        { row: null, field: 'items', message: 'at most 500 items' },
        { row: null, field: 'settings.colour', message: 'is not a known setting' },
        { row: 9, field: 'keyword', message: 'a row the form did not send' },
        { row: 1, field: 'provider', message: 'not a grid column' },
      ],
      [10, 12, 15],
    );
    expect(mapped.cells.get(12)).toEqual({ keyword: 'is 240 characters long; at most 200' });
    expect(mapped.cells.get(15)).toEqual({
      wordCount: '50 is out of range',
      tone: "'grumpy' is not one of …",
    });
    expect(mapped.cells.has(10)).toBe(false);
    expect(mapped.settings).toEqual({
      language: "'xx' is not an ISO 639-1 code",
      name: 'is 300 characters long',
    });
    expect(mapped.other.map((e) => e.field)).toEqual([
      'items',
      'settings.colour',
      'keyword',
      'provider',
    ]);
  });
});
