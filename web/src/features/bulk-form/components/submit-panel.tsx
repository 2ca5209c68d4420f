import { Banner } from '@/components/ui/banner';
import { ErrorMessage } from '@/components/ui/error-message';
import { formatDuration, formatNumber } from '@/lib/format';
import type { BatchEstimate, Provider } from '@/types/api';

import type { SettingsForm } from '../utils/settings';

export type SubmitPanelProps = {
  articles: number;
  settings: SettingsForm;
  provider: Provider | undefined;
  estimate: { data: BatchEstimate | null | undefined; isFetching: boolean; error: unknown };
  /** Why the batch cannot be submitted yet, if it cannot. */
  blockers: string[];
  submitting: boolean;
  submitError: unknown;
  onSubmit: () => void;
};

function EstimateLines({
  estimate,
  economy,
}: {
  estimate: SubmitPanelProps['estimate'];
  economy: boolean;
}) {
  if (estimate.isFetching && estimate.data === undefined) {
    return <p className="muted small">Estimating tokens, cost and duration…</p>;
  }
  if (estimate.error) {
    return <p className="muted small">No estimate: the server could not compute one.</p>;
  }
  const data = estimate.data;
  if (data === undefined) {
    // not asked yet: the form is not complete
    return (
      <p className="muted small">Tokens, cost and duration are estimated once the form is valid.</p>
    );
  }
  if (data === null) {
    return <p className="muted small">This server gives no token or cost estimate.</p>;
  }
  return (
    <dl className="details details--compact">
      <div className="details__row">
        <dt>Estimated tokens</dt>
        <dd>{formatNumber(data.promptTokens + data.completionTokens)}</dd>
      </div>
      {data.costUsd !== null && (
        <div className="details__row">
          <dt>{data.economyCostUsd != null ? 'Estimated cost, realtime' : 'Estimated cost'}</dt>
          <dd>US${data.costUsd.toFixed(2)}</dd>
        </div>
      )}
      {data.economyCostUsd != null && (
        <div className="details__row">
          <dt>Estimated cost, economy</dt>
          <dd>US${data.economyCostUsd.toFixed(2)}</dd>
        </div>
      )}
      <div className="details__row">
        <dt>Estimated duration</dt>
        <dd>
          {economy
            ? 'up to 24 hours (the provider’s batch window)'
            : formatDuration(data.durationSeconds * 1000)}
        </dd>
      </div>
    </dl>
  );
}

export function SubmitPanel({
  articles,
  settings,
  provider,
  estimate,
  blockers,
  submitting,
  submitError,
  onSubmit,
}: SubmitPanelProps) {
  const canSubmit = blockers.length === 0 && !submitting;
  return (
    <div className="submit-panel">
      <p data-testid="submit-summary">
        <strong>{formatNumber(articles)}</strong> article{articles === 1 ? '' : 's'} will be written
        by <strong>{provider?.label ?? settings.provider}</strong> ({settings.model}), about{' '}
        {settings.wordCount || '—'} words each unless a row says otherwise.
      </p>
      {provider?.draft && (
        <Banner tone="warning">
          The offline draft engine writes placeholder drafts, not LLM articles.
        </Banner>
      )}
      {articles > 0 && <EstimateLines estimate={estimate} economy={settings.mode === 'economy'} />}
      {blockers.length > 0 && (
        <ul className="submit-panel__blockers" aria-label="Before you can submit">
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {submitError !== null && submitError !== undefined && (
        <ErrorMessage
          title="The batch was not submitted. Nothing you typed was lost."
          error={submitError}
        />
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={!canSubmit}
        aria-disabled={!canSubmit}
        onClick={onSubmit}
      >
        {submitting
          ? 'Submitting…'
          : `Write ${formatNumber(articles)} article${articles === 1 ? '' : 's'}`}
      </button>
    </div>
  );
}
