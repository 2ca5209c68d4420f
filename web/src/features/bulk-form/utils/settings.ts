import type { BatchSettings } from '@/types/api';

import {
  DEFAULT_LANGUAGE,
  DEFAULT_POINT_OF_VIEW,
  DEFAULT_TONE,
  DEFAULT_WORDS,
  languageProblem,
  lengthProblem,
  MAX_AUDIENCE_LENGTH,
  MAX_INSTRUCTIONS_LENGTH,
  MAX_HEADING_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OUTLINE_HEADINGS,
  MAX_PHRASE_LENGTH,
  MAX_REQUIRED_PHRASES,
  wordCountProblem,
} from './setting-values';

/** The batch settings as the form holds them (text where a person types). */
export type SettingsForm = {
  name: string;
  provider: string;
  model: string;
  language: string;
  tone: string;
  wordCount: string;
  audience: string;
  pointOfView: string;
  includeFaq: boolean;
  instructions: string;
  /** Outline template: one H2 heading a line. */
  outline: string;
  /** One required phrase a line. */
  requiredPhrases: string;
  /** realtime: one call per article; economy: the provider's batch API (cheaper, slower). */
  mode: string;
};

export type SettingsField = keyof SettingsForm;

export const SETTINGS_LABELS: Record<SettingsField, string> = {
  name: 'Batch name',
  provider: 'Provider',
  model: 'Model',
  language: 'Language',
  tone: 'Tone',
  wordCount: 'Target words',
  audience: 'Audience',
  pointOfView: 'Point of view',
  includeFaq: 'FAQ section',
  instructions: 'Custom instructions',
  outline: 'Outline template',
  requiredPhrases: 'Required phrases',
  mode: 'Mode',
};

/** How a batch is sent (SettingValues.MODES). */
export const MODES = ['realtime', 'economy'] as const;

export function defaultSettings(provider = 'offline', model = 'draft-1'): SettingsForm {
  return {
    name: '',
    provider,
    model,
    language: DEFAULT_LANGUAGE,
    tone: DEFAULT_TONE,
    wordCount: String(DEFAULT_WORDS),
    audience: '',
    pointOfView: DEFAULT_POINT_OF_VIEW,
    includeFaq: false,
    instructions: '',
    outline: '',
    requiredPhrases: '',
    mode: 'realtime',
  };
}

export type SettingsProblems = Partial<Record<SettingsField, string>>;

export function checkSettings(settings: SettingsForm): SettingsProblems {
  const problems: SettingsProblems = {};
  const name = lengthProblem(settings.name.trim(), MAX_NAME_LENGTH);
  if (name) problems.name = name;
  const language = languageProblem(settings.language);
  if (language) problems.language = language;
  const words = wordCountProblem(settings.wordCount);
  if (words) problems.wordCount = words;
  const audience = lengthProblem(settings.audience.trim(), MAX_AUDIENCE_LENGTH);
  if (audience) problems.audience = audience;
  const instructions = lengthProblem(settings.instructions.trim(), MAX_INSTRUCTIONS_LENGTH);
  if (instructions) problems.instructions = instructions;
  const outline = linesProblem(settings.outline, MAX_OUTLINE_HEADINGS, MAX_HEADING_LENGTH);
  if (outline) problems.outline = outline;
  const phrases = linesProblem(settings.requiredPhrases, MAX_REQUIRED_PHRASES, MAX_PHRASE_LENGTH);
  if (phrases) problems.requiredPhrases = phrases;
  if (!settings.provider) problems.provider = 'choose a provider';
  if (!settings.model) problems.model = 'choose a model';
  return problems;
}

/** The `settings` object of POST /api/articles/bulk. */
export type SubmitSettings = {
  provider: string;
  model: string;
  language: string;
  tone: string;
  wordCount: number;
  audience?: string;
  pointOfView: string;
  includeFaq: boolean;
  instructions?: string;
  outline?: string[];
  requiredPhrases?: string[];
  mode?: 'realtime' | 'economy';
};

export function toSubmitSettings(settings: SettingsForm): SubmitSettings {
  const out: SubmitSettings = {
    provider: settings.provider,
    model: settings.model,
    language: settings.language.trim(),
    tone: settings.tone,
    wordCount: Number(settings.wordCount.trim()),
    pointOfView: settings.pointOfView,
    includeFaq: settings.includeFaq,
  };
  const audience = settings.audience.trim();
  if (audience) out.audience = audience;
  const instructions = settings.instructions.trim();
  if (instructions) out.instructions = instructions;
  const outline = lines(settings.outline);
  if (outline.length > 0) out.outline = outline;
  const phrases = lines(settings.requiredPhrases);
  if (phrases.length > 0) out.requiredPhrases = phrases;
  if (settings.mode === 'economy') out.mode = 'economy';
  return out;
}

/** The placeholders an outline heading or a required phrase may hold (filled per article). */
export const PLACEHOLDERS = ['{keyword}', '{Keyword}', '{year}'];

/** One entry a line, blank lines left out. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function linesProblem(text: string, maxCount: number, maxLength: number): string | undefined {
  const entries = lines(text);
  if (entries.length > maxCount) return `has ${entries.length} lines; at most ${maxCount}`;
  for (const [i, line] of entries.entries()) {
    if (line.length > maxLength) return `line ${i + 1} is longer than ${maxLength} characters`;
    const unknown = (line.match(/\{[^{}]*\}/g) ?? []).find((p) => !PLACEHOLDERS.includes(p));
    if (unknown)
      return `line ${i + 1}: unknown placeholder ${unknown}; use ${PLACEHOLDERS.join(', ')}`;
  }
  return undefined;
}

/** A template's (or a batch's) stored settings as the form holds them; the batch name is kept. */
export function fromBatchSettings(settings: BatchSettings, name = ''): SettingsForm {
  return {
    name,
    provider: settings.provider,
    model: settings.model,
    language: settings.language,
    tone: settings.tone,
    wordCount: String(settings.wordCount),
    audience: settings.audience ?? '',
    pointOfView: settings.pointOfView,
    includeFaq: settings.includeFaq,
    instructions: settings.instructions ?? '',
    outline: (settings.outline ?? []).join('\n'),
    requiredPhrases: (settings.requiredPhrases ?? []).join('\n'),
    mode: settings.mode ?? 'realtime',
  };
}

const SETTINGS_FIELDS = Object.keys(SETTINGS_LABELS) as SettingsField[];

export function isSettingsField(value: string): value is SettingsField {
  return (SETTINGS_FIELDS as string[]).includes(value);
}

/** Settings read back from storage: known fields of the right type only, defaults for the rest. */
export function sanitizeSettings(value: unknown): SettingsForm {
  const settings = defaultSettings();
  if (typeof value !== 'object' || value === null) return settings;
  const record = value as Record<string, unknown>;
  for (const field of SETTINGS_FIELDS) {
    const v = record[field];
    if (field === 'includeFaq') {
      if (typeof v === 'boolean') settings.includeFaq = v;
    } else if (field === 'mode') {
      if (v === 'economy') settings.mode = v;
    } else if (typeof v === 'string') {
      settings[field] = v;
    }
  }
  return settings;
}
