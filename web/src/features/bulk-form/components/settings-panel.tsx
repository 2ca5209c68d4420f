import type { ReactNode } from 'react';

import type { Provider } from '@/types/api';

import { POINTS_OF_VIEW, TONES } from '../utils/setting-values';
import {
  MODES,
  PLACEHOLDERS,
  SETTINGS_LABELS,
  type SettingsField,
  type SettingsForm,
} from '../utils/settings';

import { TemplatePicker } from './template-picker';

export type SettingsPanelProps = {
  settings: SettingsForm;
  onChange: (settings: SettingsForm) => void;
  providers: Provider[];
  /** Problems by field: the form's own checks and the server's answer. */
  problems: Partial<Record<SettingsField, string>>;
  /** Shown when the providers could not be loaded (the offline engine is offered meanwhile). */
  providersNote?: ReactNode;
};

type FieldProps = {
  field: SettingsField;
  problem?: string;
  hint?: string;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
};

function Field({ field, problem, hint, children }: FieldProps) {
  const id = `setting-${field}`;
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{SETTINGS_LABELS[field]}</label>
      {children({
        id,
        'aria-invalid': Boolean(problem),
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} className="field__problem">
          {SETTINGS_LABELS[field]} {problem}
        </span>
      )}
    </div>
  );
}

export function SettingsPanel({
  settings,
  onChange,
  providers,
  problems,
  providersNote,
}: SettingsPanelProps) {
  const set = <K extends SettingsField>(field: K, value: SettingsForm[K]) =>
    onChange({ ...settings, [field]: value });
  const provider = providers.find((p) => p.name === settings.provider);
  const providerOptions = provider
    ? providers
    : [
        ...providers,
        {
          name: settings.provider,
          label: `${settings.provider} (not available)`,
          draft: false,
          models: [],
        },
      ];
  const models =
    provider?.models.includes(settings.model) || !settings.model
      ? (provider?.models ?? [])
      : [...(provider?.models ?? []), settings.model];

  return (
    <div className="settings">
      <TemplatePicker settings={settings} onApply={onChange} />
      <div className="settings__grid">
        <Field field="name" problem={problems.name} hint="Optional; shown in the batches list.">
          {(props) => (
            <input
              {...props}
              type="text"
              value={settings.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <Field field="provider" problem={problems.provider}>
          {(props) => (
            <select
              {...props}
              value={settings.provider}
              onChange={(e) => {
                const next = providers.find((p) => p.name === e.target.value);
                onChange({ ...settings, provider: e.target.value, model: next?.models[0] ?? '' });
              }}
            >
              {providerOptions.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field field="model" problem={problems.model}>
          {(props) => (
            <select
              {...props}
              value={settings.model}
              onChange={(e) => set('model', e.target.value)}
            >
              {models.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          field="mode"
          problem={problems.mode}
          hint="Economy: the provider's batch API, about half the price, results within 24 hours."
        >
          {(props) => (
            <select {...props} value={settings.mode} onChange={(e) => set('mode', e.target.value)}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {m === 'economy' ? 'economy (batch API)' : 'realtime'}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field field="language" problem={problems.language} hint="ISO code: en, de, pt-BR …">
          {(props) => (
            <input
              {...props}
              type="text"
              value={settings.language}
              onChange={(e) => set('language', e.target.value)}
            />
          )}
        </Field>
        <Field field="tone" problem={problems.tone}>
          {(props) => (
            <select {...props} value={settings.tone} onChange={(e) => set('tone', e.target.value)}>
              {TONES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field field="wordCount" problem={problems.wordCount} hint="100 to 10,000 per article">
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              value={settings.wordCount}
              onChange={(e) => set('wordCount', e.target.value)}
            />
          )}
        </Field>
        <Field field="audience" problem={problems.audience} hint="Optional, e.g. home baristas">
          {(props) => (
            <input
              {...props}
              type="text"
              value={settings.audience}
              onChange={(e) => set('audience', e.target.value)}
            />
          )}
        </Field>
        <Field field="pointOfView" problem={problems.pointOfView}>
          {(props) => (
            <select
              {...props}
              value={settings.pointOfView}
              onChange={(e) => set('pointOfView', e.target.value)}
            >
              {POINTS_OF_VIEW.map((p) => (
                <option key={p} value={p}>
                  {p.replace(/-/g, ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field field--check">
          <label>
            <input
              type="checkbox"
              checked={settings.includeFaq}
              aria-invalid={Boolean(problems.includeFaq)}
              onChange={(e) => set('includeFaq', e.target.checked)}
            />{' '}
            End each article with a FAQ section
          </label>
          {problems.includeFaq && (
            <span className="field__problem">FAQ section {problems.includeFaq}</span>
          )}
        </div>
      </div>
      <Field
        field="instructions"
        problem={problems.instructions}
        hint="Optional; applies to every article unless a row sets its own."
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={settings.instructions}
            onChange={(e) => set('instructions', e.target.value)}
          />
        )}
      </Field>
      <div className="settings__grid">
        <Field
          field="outline"
          problem={problems.outline}
          hint={`Optional; one H2 heading a line, used by every article in this order. Placeholders: ${PLACEHOLDERS.join(' ')}.`}
        >
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={settings.outline}
              placeholder={'What {keyword} is\nChoosing {Keyword} in {year}'}
              onChange={(e) => set('outline', e.target.value)}
            />
          )}
        </Field>
        <Field
          field="requiredPhrases"
          problem={problems.requiredPhrases}
          hint="Optional; one a line. Every article must contain each; a missing one is flagged on the article."
        >
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={settings.requiredPhrases}
              onChange={(e) => set('requiredPhrases', e.target.value)}
            />
          )}
        </Field>
      </div>
      {providersNote}
    </div>
  );
}
