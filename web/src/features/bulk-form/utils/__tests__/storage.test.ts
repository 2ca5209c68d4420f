import { describe, expect, it } from 'vitest';

import { newRow } from '../rows';
import { checkSettings, defaultSettings, sanitizeSettings, toSubmitSettings } from '../settings';
import {
  clearDraft,
  deletePreset,
  loadDraft,
  loadPresets,
  savePreset,
  saveDraft,
} from '../storage';

describe('draft', () => {
  it('keeps the non-blank rows and the settings, and clears them', () => {
    const settings = { ...defaultSettings(), name: 'Coffee', tone: 'casual' };
    expect(saveDraft([newRow({ keyword: 'espresso', wordCount: '600' }), newRow()], settings)).toBe(
      true,
    );
    const draft = loadDraft();
    expect(draft?.rows.map((r) => [r.keyword, r.wordCount])).toEqual([['espresso', '600']]);
    expect(draft?.settings).toEqual(settings);
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('ignores a damaged draft', () => {
    window.localStorage.setItem('bulkwriter.bulk-form.draft', '{not json');
    expect(loadDraft()).toBeNull();
    window.localStorage.setItem(
      'bulkwriter.bulk-form.draft',
      JSON.stringify({ rows: [['a', 7], 'junk'], settings: { tone: 3, includeFaq: true } }),
    );
    const draft = loadDraft();
    expect(draft?.rows.map((r) => [r.keyword, r.title])).toEqual([['a', '']]);
    expect(draft?.settings).toEqual({ ...defaultSettings(), includeFaq: true });
  });
});

describe('presets', () => {
  it('saves, replaces by name, lists alphabetically and deletes presets without the batch name', () => {
    savePreset('Short', { ...defaultSettings(), name: 'Batch A', wordCount: '300' });
    savePreset('Long', { ...defaultSettings(), wordCount: '2000' });
    savePreset('Short', { ...defaultSettings(), wordCount: '400' });
    expect(loadPresets().map((p) => [p.name, p.settings.wordCount, p.settings.name])).toEqual([
      ['Long', '2000', ''],
      ['Short', '400', ''],
    ]);
    expect(deletePreset('Long').map((p) => p.name)).toEqual(['Short']);
    window.localStorage.setItem('bulkwriter.bulk-form.presets', '{"not": "a list"}');
    expect(loadPresets()).toEqual([]);
  });
});

describe('settings', () => {
  it('checks every field and builds the settings of the request', () => {
    const bad = {
      ...defaultSettings(),
      name: 'n'.repeat(201),
      language: 'english',
      wordCount: '99',
      audience: 'a'.repeat(201),
      instructions: 'i'.repeat(4001),
      provider: '',
      model: '',
    };
    expect(Object.keys(checkSettings(bad)).sort()).toEqual([
      'audience',
      'instructions',
      'language',
      'model',
      'name',
      'provider',
      'wordCount',
    ]);
    expect(checkSettings(defaultSettings())).toEqual({});
    expect(
      toSubmitSettings({
        ...defaultSettings(),
        audience: ' baristas ',
        instructions: ' ',
        wordCount: '600',
      }),
    ).toEqual({
      provider: 'offline',
      model: 'draft-1',
      language: 'en',
      tone: 'professional',
      wordCount: 600,
      audience: 'baristas',
      pointOfView: 'second-person',
      includeFaq: false,
    });
    expect(sanitizeSettings(null)).toEqual(defaultSettings());
  });
});
