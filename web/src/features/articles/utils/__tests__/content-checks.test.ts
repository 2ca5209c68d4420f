import { describe, expect, it } from 'vitest';

import { contentChecks, countWords, SLUG_PATTERN } from '../content-checks';

describe('countWords', () => {
  it('counts the words a reader sees, not the markup', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('# Cold brew\n\nSteep coarse coffee **overnight** in cold water.\n')).toBe(9);
    expect(countWords('- one\n- two\n1. three\n> four five')).toBe(5);
    expect(countWords('A [link text](https://example.com/a-b) and ![an image](x.png)')).toBe(6);
    // fence lines and link definitions are markup; code inside a fence counts, as on the server
    expect(countWords('```\ncode counts\n```\n[ref]: https://example.com\nword')).toBe(3);
    expect(countWords('before <!-- hidden\nstill hidden --> after <b>bold</b>')).toBe(3);
    expect(countWords('a well-known fact — with | pipes | and … dots')).toBe(7);
    expect(countWords('Ünïcode wörds 123')).toBe(3);
  });
});

describe('contentChecks', () => {
  it('passes an article within ±10 % of its target with a short title and a good description', () => {
    const checks = contentChecks({
      title: 'Cold brew at home',
      metaDescription: 'm'.repeat(140),
      words: 880,
      targetWords: 800,
    });
    expect(checks.map((c) => [c.id, c.ok])).toEqual([
      ['length', true],
      ['title', true],
      ['meta', true],
    ]);
    expect(checks[0].detail).toBe('880 words; target 800 (720–880)');
  });

  it('flags a long article, a long title and a short description', () => {
    const checks = contentChecks({
      title: 't'.repeat(61),
      metaDescription: 'too short',
      words: 881,
      targetWords: 800,
    });
    expect(checks.every((c) => !c.ok)).toBe(true);
    expect(checks[1].detail).toBe('61 of at most 60 characters');
    expect(checks[2].detail).toContain('9 characters');
  });

  it('knows a slug', () => {
    expect(SLUG_PATTERN.test('espresso-at-home')).toBe(true);
    expect(SLUG_PATTERN.test('Espresso at home')).toBe(false);
    expect(SLUG_PATTERN.test('double--hyphen')).toBe(false);
  });
});
