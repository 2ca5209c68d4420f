import type { BatchSubmission, SubmissionItem } from '@/types/api';

import { newRow, type GridRow } from './rows';
import { MAX_NAME_LENGTH } from './setting-values';
import type { SettingsForm } from './settings';

/** Per-row overrides the API keeps but the grid has no column for. */
const HIDDEN_OVERRIDES = ['provider', 'model', 'audience', 'pointOfView', 'includeFaq'] as const;

export type BatchCopy = {
  rows: GridRow[];
  settings: SettingsForm;
  /** Rows with an override the grid has no column for (provider, model, audience …): dropped. */
  hiddenOverrides: number;
};

function text(value: string | number | undefined): string {
  return value === undefined ? '' : String(value);
}

function toRow(item: SubmissionItem): GridRow {
  return newRow({
    keyword: item.keyword,
    title: text(item.title),
    wordCount: text(item.wordCount),
    tone: text(item.tone),
    language: text(item.language),
    instructions: text(item.instructions),
  });
}

/** The form's grid and settings for a copy of a submitted batch, named "<name> (copy)". */
export function copyOf(submission: BatchSubmission): BatchCopy {
  const { settings } = submission;
  const name = `${submission.name} (copy)`.slice(0, MAX_NAME_LENGTH);
  return {
    rows: submission.items.map(toRow),
    settings: {
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
    },
    hiddenOverrides: submission.items.filter((item) =>
      HIDDEN_OVERRIDES.some((field) => item[field] !== undefined),
    ).length,
  };
}
