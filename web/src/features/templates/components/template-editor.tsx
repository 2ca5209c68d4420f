import { useState, type FormEvent, type ReactNode } from 'react';

import { ApiError, getErrorMessage } from '@/lib/api-client';
import type { BatchSettings, Template, TemplateInput } from '@/types/api';

const PLACEHOLDERS = '{keyword} {Keyword} {year}';

type Draft = {
  name: string;
  shared: boolean;
  language: string;
  tone: string;
  wordCount: string;
  instructions: string;
  outline: string;
  requiredPhrases: string;
};

function draftOf(template?: Template): Draft {
  const s = template?.settings;
  return {
    name: template?.name ?? '',
    shared: template?.shared ?? false,
    language: s?.language ?? 'en',
    tone: s?.tone ?? 'professional',
    wordCount: String(s?.wordCount ?? 800),
    instructions: s?.instructions ?? '',
    outline: (s?.outline ?? []).join('\n'),
    requiredPhrases: (s?.requiredPhrases ?? []).join('\n'),
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The body to send: the edited fields over the template's other settings (provider, model,
 * audience … as saved from the bulk form), so editing here never drops them.
 */
export function toInput(draft: Draft, base?: BatchSettings): TemplateInput {
  const settings: Partial<BatchSettings> = {
    ...base,
    language: draft.language.trim(),
    tone: draft.tone.trim(),
    wordCount: Number(draft.wordCount.trim()),
    instructions: draft.instructions.trim() || null,
    outline: lines(draft.outline),
    requiredPhrases: lines(draft.requiredPhrases),
  };
  return { name: draft.name.trim(), shared: draft.shared, settings };
}

export type TemplateEditorProps = {
  /** The template to change; none for a new one. */
  template?: Template;
  saving: boolean;
  error: unknown;
  onSave: (input: TemplateInput) => void;
  onCancel: () => void;
};

/** Creates or changes a template; the server's problems are shown next to their fields. */
export function TemplateEditor({ template, saving, error, onSave, onCancel }: TemplateEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const problems = new Map<string, string>();
  if (error instanceof ApiError) {
    error.errors.forEach((e) => problems.set(e.field.replace(/^settings\./, ''), e.message));
  }
  const field = (name: keyof Draft, label: string, input: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`template-${name}`}>{label}</label>
      {input}
      {hint && <span className="muted small">{hint}</span>}
      {problems.has(name) && (
        <span id={`template-${name}-problem`} className="field__problem">
          {problems.get(name)}
        </span>
      )}
    </div>
  );
  const props = (name: keyof Draft) => ({
    id: `template-${name}`,
    'aria-invalid': problems.has(name),
    'aria-describedby': problems.has(name) ? `template-${name}-problem` : undefined,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(toInput(draft, template?.settings));
  };

  return (
    <form
      className="card"
      onSubmit={submit}
      aria-label={template ? 'Edit template' : 'New template'}
    >
      <h2>{template ? `Edit "${template.name}"` : 'New template'}</h2>
      <div className="settings__grid">
        {field(
          'name',
          'Name',
          <input
            {...props('name')}
            type="text"
            value={draft.name}
            maxLength={100}
            onChange={(e) => set('name', e.target.value)}
          />,
        )}
        {field(
          'language',
          'Language',
          <input
            {...props('language')}
            type="text"
            value={draft.language}
            onChange={(e) => set('language', e.target.value)}
          />,
        )}
        {field(
          'tone',
          'Tone',
          <input
            {...props('tone')}
            type="text"
            value={draft.tone}
            onChange={(e) => set('tone', e.target.value)}
          />,
        )}
        {field(
          'wordCount',
          'Target words',
          <input
            {...props('wordCount')}
            type="text"
            inputMode="numeric"
            value={draft.wordCount}
            onChange={(e) => set('wordCount', e.target.value)}
          />,
        )}
      </div>
      {field(
        'instructions',
        'Custom instructions',
        <textarea
          {...props('instructions')}
          rows={3}
          value={draft.instructions}
          onChange={(e) => set('instructions', e.target.value)}
        />,
      )}
      {field(
        'outline',
        'Outline template',
        <textarea
          {...props('outline')}
          rows={5}
          value={draft.outline}
          onChange={(e) => set('outline', e.target.value)}
        />,
        `One H2 heading a line, in order. Placeholders: ${PLACEHOLDERS}.`,
      )}
      {field(
        'requiredPhrases',
        'Required phrases',
        <textarea
          {...props('requiredPhrases')}
          rows={4}
          value={draft.requiredPhrases}
          onChange={(e) => set('requiredPhrases', e.target.value)}
        />,
        'One a line; every article must contain each.',
      )}
      <label className="field field--check">
        <span>
          <input
            type="checkbox"
            checked={draft.shared}
            onChange={(e) => set('shared', e.target.checked)}
          />{' '}
          Shared with everyone (others can use it; only you or an admin can change it)
        </span>
      </label>
      {error != null && problems.size === 0 && (
        <p className="field__problem" role="alert">
          {getErrorMessage(error)}
        </p>
      )}
      <div className="presets__row">
        <button type="submit" className="button button--primary" disabled={saving}>
          Save template
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
