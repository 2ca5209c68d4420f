import { useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { ApiError, getErrorMessage } from '@/lib/api-client';
import { useCreateTemplate, useTemplates } from '@/lib/templates';

import { fromBatchSettings, toSubmitSettings, type SettingsForm } from '../utils/settings';

export type TemplatePickerProps = {
  settings: SettingsForm;
  /** Called with the chosen template's settings; the batch name is the form's own. */
  onApply: (settings: SettingsForm) => void;
};

/** Server templates in the bulk form: fill the settings from one, or save them as a new one. */
export function TemplatePicker({ settings, onApply }: TemplatePickerProps) {
  const templates = useTemplates();
  const create = useCreateTemplate();
  const [chosen, setChosen] = useState('');
  const [newName, setNewName] = useState('');
  const [shared, setShared] = useState(false);
  const [message, setMessage] = useState('');
  const list = templates.data ?? [];
  const current = list.find((t) => t.id === chosen);

  const save = () => {
    const name = newName.trim();
    create.mutate(
      { name, shared, settings: toSubmitSettings(settings) },
      {
        onSuccess: (template) => {
          setChosen(template.id);
          setNewName('');
          setMessage(`Saved template "${template.name}"${template.shared ? ', shared' : ''}.`);
        },
        onError: (error) => {
          const fields =
            error instanceof ApiError && error.errors.length > 0
              ? error.errors.map((e) => `${e.field} ${e.message}`).join('; ')
              : getErrorMessage(error);
          setMessage(`Not saved: ${fields}`);
        },
      },
    );
  };

  return (
    <fieldset className="presets">
      <legend>Templates</legend>
      <div className="presets__row">
        <div className="field field--inline">
          <label htmlFor="template-picker">Template</label>
          <select id="template-picker" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">
              {templates.isError
                ? 'Templates could not be loaded'
                : list.length === 0
                  ? 'No templates yet'
                  : 'Choose…'}
            </option>
            {list.map((t) => (
              <option key={t.id} value={t.id}>
                {t.shared && !t.editable ? `${t.name} (shared by ${t.owner})` : t.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={!current}
          onClick={() => {
            if (!current) return;
            onApply(fromBatchSettings(current.settings, settings.name));
            setMessage(`Applied template "${current.name}".`);
          }}
        >
          Apply
        </button>
        <Link to={paths.templates.getHref()} className="small">
          Manage templates
        </Link>
      </div>
      <div className="presets__row">
        <label className="field field--inline">
          <span>Save these settings as</span>
          <input
            type="text"
            value={newName}
            maxLength={100}
            placeholder="Template name"
            onChange={(e) => setNewName(e.target.value)}
          />
        </label>
        <label className="field--inline">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{' '}
          Shared with everyone
        </label>
        <button
          type="button"
          className="button"
          disabled={newName.trim() === '' || create.isPending}
          onClick={save}
        >
          Save as template
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
}
