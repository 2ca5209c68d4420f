import { newRow, ROW_FIELDS, type GridRow } from './rows';
import { sanitizeSettings, type SettingsForm } from './settings';

/**
 * What the form keeps in the browser's localStorage: the draft (grid and settings, so nothing typed
 * is lost on an error, a reload or a closed tab) and the named settings presets of earlier
 * versions, which stayed in this browser only. Presets are now server templates: the form offers
 * once to import them, and remembers the answer.
 */
const DRAFT_KEY = 'bulkwriter.bulk-form.draft';
const PRESETS_KEY = 'bulkwriter.bulk-form.presets';
const PRESET_IMPORT_KEY = 'bulkwriter.bulk-form.presets-import';

export type Draft = { rows: GridRow[]; settings: SettingsForm };

type StoredDraft = { rows: string[][]; settings: SettingsForm };

function read(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Writes, or says false when the browser refuses (storage full or disabled). */
function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function loadDraft(): Draft | null {
  const stored = read(DRAFT_KEY) as Partial<StoredDraft> | null;
  if (!stored || !Array.isArray(stored.rows)) return null;
  const rows = stored.rows
    .filter((cells): cells is string[] => Array.isArray(cells))
    .map((cells) => {
      const values: Partial<Record<(typeof ROW_FIELDS)[number], string>> = {};
      ROW_FIELDS.forEach((field, i) => {
        const cell = cells[i];
        if (typeof cell === 'string') values[field] = cell;
      });
      return newRow(values);
    });
  return { rows, settings: sanitizeSettings(stored.settings) };
}

export function saveDraft(rows: GridRow[], settings: SettingsForm): boolean {
  const cells = rows
    .filter((row) => ROW_FIELDS.some((field) => row[field] !== ''))
    .map((row) => ROW_FIELDS.map((field) => row[field]));
  return write(DRAFT_KEY, { rows: cells, settings } satisfies StoredDraft);
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // nothing to clear when storage is disabled
  }
}

export type Preset = { name: string; settings: SettingsForm };

export function loadPresets(): Preset[] {
  const stored = read(PRESETS_KEY);
  if (!Array.isArray(stored)) return [];
  return stored
    .filter(
      (p): p is { name: string; settings: unknown } =>
        typeof p === 'object' && p !== null && typeof (p as Preset).name === 'string',
    )
    .map((p) => ({ name: p.name, settings: sanitizeSettings(p.settings) }));
}

/** Saves (or replaces, by name) a preset; the batch name is not part of a preset. */
export function savePreset(name: string, settings: SettingsForm): Preset[] {
  const preset: Preset = { name, settings: { ...settings, name: '' } };
  const presets = [...loadPresets().filter((p) => p.name !== name), preset].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  write(PRESETS_KEY, presets);
  return presets;
}

export function deletePreset(name: string): Preset[] {
  const presets = loadPresets().filter((p) => p.name !== name);
  write(PRESETS_KEY, presets);
  return presets;
}

/** What the user answered to the offer to import this browser's presets, if anything. */
export type PresetImportChoice = 'imported' | 'dismissed';

export function presetImportChoice(): PresetImportChoice | null {
  const choice = read(PRESET_IMPORT_KEY);
  return choice === 'imported' || choice === 'dismissed' ? choice : null;
}

export function rememberPresetImport(choice: PresetImportChoice): void {
  write(PRESET_IMPORT_KEY, choice);
}
