import { ErrorMessage } from '@/components/ui/error-message';
import { formatNumber } from '@/lib/format';
import type { BatchSummary } from '@/types/api';

import { useEconomy, useFinishRealtime } from '../api/economy';

/**
 * An economy batch at its providers: how far the provider batches are ("at the provider: 3,420 of
 * 10,000 done"), when they are due at the latest, and "Finish now in realtime".
 */
export function EconomyPanel({ batch }: { batch: BatchSummary }) {
  const running = batch.status === 'RUNNING' || batch.status === 'PAUSED';
  const economy = useEconomy(batch.id, running);
  const finish = useFinishRealtime();
  const data = economy.data;
  return (
    <section className="card" aria-labelledby="batch-economy-title">
      <div className="card__header">
        <h2 id="batch-economy-title">Economy mode</h2>
        {running && (
          <button
            type="button"
            className="button"
            disabled={finish.isPending}
            onClick={() => finish.mutate(batch.id)}
          >
            Finish now in realtime
          </button>
        )}
      </div>
      <p className="muted small">
        Written through the provider’s batch API at its batch discount; results come within its
        completion window. “Finish now in realtime” cancels the provider batches (what they answered
        is kept) and writes the rest one call per article, at the full price.
      </p>
      {finish.isError && <ErrorMessage title="Could not switch to realtime" error={finish.error} />}
      {data && (
        <>
          <p data-testid="economy-progress">
            {data.requests > 0
              ? `At the provider: ${formatNumber(data.done)} of ${formatNumber(data.requests)} done`
              : 'Nothing at the provider right now'}
            {data.expectedBy &&
              ` · expected by ${new Date(data.expectedBy).toLocaleString('en-GB')}`}
          </p>
          {data.providerBatches.length > 0 && (
            <table className="table">
              <thead>
                <tr>
                  <th>Provider batch</th>
                  <th>State</th>
                  <th>Requests</th>
                  <th>Done</th>
                  <th>Stored</th>
                </tr>
              </thead>
              <tbody>
                {data.providerBatches.map((p) => (
                  <tr key={p.id}>
                    <td>{p.provider}</td>
                    <td title={p.lastError ?? undefined}>
                      {p.providerStatus ? `${p.state} (${p.providerStatus})` : p.state}
                    </td>
                    <td>{formatNumber(p.requests)}</td>
                    <td>{formatNumber(p.completed + p.failed)}</td>
                    <td>{formatNumber(p.stored)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
