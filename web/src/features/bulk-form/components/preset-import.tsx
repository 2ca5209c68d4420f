import { useState } from 'react';

import { Banner } from '@/components/ui/banner';
import { ApiError, getErrorMessage } from '@/lib/api-client';
import { useCreateTemplate } from '@/lib/templates';

import { toSubmitSettings } from '../utils/settings';
import { loadPresets, presetImportChoice, rememberPresetImport } from '../utils/storage';

/**
 * Presets this browser kept before templates moved to the server, offered for import once: Import
 * makes each a private template, Dismiss leaves them; either answer is remembered.
 */
export function PresetImport() {
  const [presets] = useState(() => (presetImportChoice() ? [] : loadPresets()));
  const [open, setOpen] = useState(presets.length > 0);
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);
  const create = useCreateTemplate();

  if (!open && !result) return null;
  if (!open) {
    return (
      <p className="muted small" role="status">
        {result}
      </p>
    );
  }

  const importAll = async () => {
    setBusy(true);
    const failed: string[] = [];
    for (const preset of presets) {
      try {
        await create.mutateAsync({
          name: preset.name,
          shared: false,
          settings: toSubmitSettings(preset.settings),
        });
      } catch (error) {
        const why =
          error instanceof ApiError && error.errors.length > 0
            ? error.errors.map((e) => `${e.field} ${e.message}`).join('; ')
            : getErrorMessage(error);
        failed.push(`"${preset.name}" (${why})`);
      }
    }
    rememberPresetImport('imported');
    setBusy(false);
    setOpen(false);
    const imported = presets.length - failed.length;
    setResult(
      `Imported ${imported} preset${imported === 1 ? '' : 's'} as templates.` +
        (failed.length > 0 ? ` Not imported: ${failed.join(', ')}.` : ''),
    );
  };

  return (
    <Banner>
      <p>
        This browser keeps {presets.length} settings preset{presets.length === 1 ? '' : 's'} (
        {presets.map((p) => p.name).join(', ')}). Presets are now templates on the server, usable
        from any browser: import them as your private templates?
      </p>
      <div className="presets__row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void importAll()}
        >
          Import
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            rememberPresetImport('dismissed');
            setOpen(false);
          }}
        >
          Dismiss
        </button>
      </div>
    </Banner>
  );
}
