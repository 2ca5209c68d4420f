import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime, formatDuration, humanize } from '@/lib/format';
import type { WebhookAttempt, WebhookEndpoint } from '@/types/api';

import { useDeliveries } from '../api/webhooks';

function code(attempt: { statusCode: number | null }) {
  return attempt.statusCode ?? 'no answer';
}

function AttemptLine({ attempt }: { attempt: WebhookAttempt }) {
  return (
    <li>
      #{attempt.attempt} {formatDateTime(attempt.at)}: <strong>{code(attempt)}</strong> in{' '}
      {formatDuration(attempt.durationMs)}
      {attempt.error && <> — {attempt.error}</>}
      {attempt.responseExcerpt && (
        <pre className="webhook-log__excerpt">{attempt.responseExcerpt}</pre>
      )}
    </li>
  );
}

/** An endpoint's deliveries, newest first, each with its attempts and response codes. */
export function DeliveryLog({ endpoint }: { endpoint: WebhookEndpoint }) {
  const deliveries = useDeliveries(endpoint.id);
  return (
    <section className="card" aria-label={`Delivery log of ${endpoint.url}`}>
      <h2>Delivery log</h2>
      <p className="muted">{endpoint.url}</p>
      {deliveries.isPending && <Spinner label="Loading deliveries" />}
      {deliveries.isError && (
        <ErrorMessage error={deliveries.error} title="Could not load the delivery log" />
      )}
      {deliveries.data && deliveries.data.content.length === 0 && (
        <p>Nothing sent yet. Use “Send test” to try the endpoint.</p>
      )}
      {deliveries.data && deliveries.data.content.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Event</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Last code</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.content.map((delivery) => (
                <tr key={delivery.id} data-testid="delivery-row">
                  <td>
                    {delivery.eventType}
                    <details>
                      <summary>
                        Attempts <span className="visually-hidden">of {delivery.webhookId}</span>
                      </summary>
                      <ol className="webhook-log__attempts">
                        {delivery.log.map((attempt) => (
                          <AttemptLine key={attempt.attempt} attempt={attempt} />
                        ))}
                      </ol>
                    </details>
                  </td>
                  <td>
                    {humanize(delivery.status)}
                    {delivery.status === 'PENDING' && delivery.attempts > 0 && (
                      <> (next {formatDateTime(delivery.nextAttemptAt)})</>
                    )}
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {delivery.attempts > 0 ? code({ statusCode: delivery.lastStatusCode }) : '—'}
                  </td>
                  <td>{formatDateTime(delivery.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
