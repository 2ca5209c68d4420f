/**
 * The values and limits the back end accepts (mirrors batch/SettingValues.java), so the form can
 * point at a mistake before the server does. The server stays the judge: its errors are mapped back
 * onto the form (see map-problem.ts).
 */
export const TONES = [
  'professional',
  'friendly',
  'casual',
  'formal',
  'authoritative',
  'conversational',
  'persuasive',
  'informative',
  'humorous',
  'enthusiastic',
  'empathetic',
  'neutral',
] as const;

export const POINTS_OF_VIEW = [
  'first-person-singular',
  'first-person-plural',
  'second-person',
  'third-person',
] as const;

export const MIN_WORDS = 100;
export const MAX_WORDS = 10_000;
export const MAX_KEYWORD_LENGTH = 200;
export const MAX_TITLE_LENGTH = 200;
export const MAX_AUDIENCE_LENGTH = 200;
export const MAX_INSTRUCTIONS_LENGTH = 4_000;
export const MAX_NAME_LENGTH = 200;
/** Outline template and required phrases: lines and characters per line (as the server checks). */
export const MAX_OUTLINE_HEADINGS = 30;
export const MAX_HEADING_LENGTH = 200;
export const MAX_REQUIRED_PHRASES = 20;
export const MAX_PHRASE_LENGTH = 100;
/** bulkwriter.batch.max-items' default; the server may be configured lower and says so. */
export const MAX_ITEMS = 10_000;

export const DEFAULT_LANGUAGE = 'en';
export const DEFAULT_TONE = 'professional';
export const DEFAULT_WORDS = 800;
export const DEFAULT_POINT_OF_VIEW = 'second-person';

/** ISO 639-1 with an optional region or script (en, pt-BR); the server checks the code itself. */
const LANGUAGE = /^[a-z]{2}([-_][a-z0-9]{2,8})*$/i;

export function languageProblem(value: string): string | null {
  return LANGUAGE.test(value.trim())
    ? null
    : `'${value}' is not a language code such as en or pt-BR`;
}

export function wordCountProblem(value: string): string | null {
  const text = value.trim();
  if (!/^\d{1,15}$/.test(text)) return `'${value}' is not a whole number`;
  const words = Number(text);
  if (words < MIN_WORDS || words > MAX_WORDS) {
    return `${words} is out of range; use ${MIN_WORDS} to ${MAX_WORDS} words`;
  }
  return null;
}

export function lengthProblem(value: string, max: number): string | null {
  return value.length > max ? `is ${value.length} characters long; at most ${max}` : null;
}

export function oneOfProblem(value: string, allowed: readonly string[]): string | null {
  return allowed.includes(value.trim().toLowerCase())
    ? null
    : `'${value}' is not one of ${allowed.join(', ')}`;
}
