import { describe, expect, it } from 'vitest';

import { EMPTY_HISTORY, MAX_STEPS, record, redo, undo } from '../history';
import { newRow } from '../rows';

describe('undo history', () => {
  it('undoes and redoes steps in order, and a new step drops what could be redone', () => {
    const v0 = [newRow({ keyword: 'v0' })];
    const v1 = [newRow({ keyword: 'v1' })];
    const v2 = [newRow({ keyword: 'v2' })];
    let history = record(EMPTY_HISTORY, 'typing', v0);
    history = record(history, 'paste', v1);

    const back = undo(history, v2);
    expect(back).toMatchObject({ label: 'paste', rows: v1 });
    const further = undo(back!.history, v1);
    expect(further).toMatchObject({ label: 'typing', rows: v0 });
    expect(undo(further!.history, v0)).toBeNull();

    const forward = redo(further!.history, v0);
    expect(forward).toMatchObject({ label: 'typing', rows: v1 });
    expect(record(forward!.history, 'delete', v1).future).toEqual([]);
    expect(redo(EMPTY_HISTORY, v0)).toBeNull();
  });

  it(`keeps the newest ${MAX_STEPS} steps`, () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < MAX_STEPS + 5; i++) history = record(history, `step ${i}`, []);
    expect(history.past).toHaveLength(MAX_STEPS);
    expect(history.past[0].label).toBe('step 5');
  });
});
