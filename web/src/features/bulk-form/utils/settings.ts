import {
  DEFAULT_LANGUAGE,
  DEFAULT_POINT_OF_VIEW,
  DEFAULT_TONE,
  DEFAULT_WORDS,
  languageProblem,
  lengthProblem,
  MAX_AUDIENCE_LENGTH,
  MAX_INSTRUCTIONS_LENGTH,
  MAX_NAME_LENGTH,
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
};

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
  return out;
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
    } else if (typeof v === 'string') {
      settings[field] = v;
    }
  }
  return settings;
}
