import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { BatchEstimate } from '@/types/api';

import {
  defaultSettings,
  fromBatchSettings,
  sanitizeSettings,
  toSubmitSettings,
} from '../../utils/settings';
import { SubmitPanel } from '../submit-panel';

const estimate: BatchEstimate = {
  articles: 2,
  requests: 2,
  promptTokens: 1200,
  completionTokens: 3000,
  costUsd: 0.12,
  economyCostUsd: 0.06,
  durationSeconds: 90,
  limitedBy: 'requests-per-minute',
  providers: [],
};

function panel(mode: string) {
  render(
    <SubmitPanel
      articles={2}
      settings={{ ...defaultSettings('openai', 'gpt-4o-mini'), mode }}
      provider={{ name: 'openai', label: 'OpenAI', draft: false, models: ['gpt-4o-mini'] }}
      estimate={{ data: estimate, isFetching: false, error: null }}
      blockers={[]}
      submitting={false}
      submitError={null}
      onSubmit={() => {}}
    />,
  );
}

describe('economy mode in the bulk form', () => {
  it('shows the realtime and the economy price side by side', () => {
    panel('realtime');
    expect(screen.getByText('Estimated cost, realtime')).toBeInTheDocument();
    expect(screen.getByText('US$0.12')).toBeInTheDocument();
    expect(screen.getByText('Estimated cost, economy')).toBeInTheDocument();
    expect(screen.getByText('US$0.06')).toBeInTheDocument();
    expect(screen.getByText('1 min 30 s')).toBeInTheDocument();
  });

  it('tells an economy batch takes up to the provider’s batch window', () => {
    panel('economy');
    expect(screen.getByText(/up to 24 hours/)).toBeInTheDocument();
  });

  it('sends the mode only when it is economy, and keeps it through storage and templates', () => {
    expect(toSubmitSettings(defaultSettings())).not.toHaveProperty('mode');
    expect(toSubmitSettings({ ...defaultSettings(), mode: 'economy' }).mode).toBe('economy');
    expect(sanitizeSettings({ mode: 'economy' }).mode).toBe('economy');
    expect(sanitizeSettings({ mode: 'cheap' }).mode).toBe('realtime');
    const stored = {
      provider: 'openai',
      model: 'gpt-4o-mini',
      language: 'en',
      tone: 'casual',
      wordCount: 500,
      audience: null,
      pointOfView: 'second-person',
      includeFaq: false,
      instructions: null,
    };
    expect(fromBatchSettings({ ...stored, mode: 'economy' }).mode).toBe('economy');
    expect(fromBatchSettings(stored).mode).toBe('realtime');
  });
});
