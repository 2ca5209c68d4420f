import { useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { showToast } from '@/lib/toasts';
import type { WebhookEndpoint, WebhookSecret } from '@/types/api';

import {
  requestOf,
  useCreateWebhook,
  useDeleteWebhook,
  useRotateSecret,
  useSendTest,
  useUpdateWebhook,
  useWebhooks,
} from '../api/webhooks';
import { DeliveryLog } from './delivery-log';
import { SecretPanel } from './secret-panel';
import { WebhookForm } from './webhook-form';
import './webhooks.css';

/**
 * Webhook endpoints: register one (its signing secret shown once), edit, enable or disable, send
 * a test event, rotate the secret, delete, and read each endpoint's delivery log. An endpoint the
 * system disabled after persistent failure is called out at the top with a way to enable it.
 */
export function WebhooksPage() {
  const webhooks = useWebhooks();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const [secret, setSecret] = useState<WebhookSecret | null>(null);
  const [editing, setEditing] = useState<WebhookEndpoint | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  const disabled = (webhooks.data ?? []).filter((w) => w.disabledReason);
  const shownLog = (webhooks.data ?? []).find((w) => w.id === logOf);

  const setEnabled = (endpoint: WebhookEndpoint, enabled: boolean) =>
    update.mutate({ id: endpoint.id, change: requestOf(endpoint, { enabled }) });

  return (
    <div className="page">
      <div className="page__header">
        <h1>Webhooks</h1>
      </div>
      <p className="muted">
        Bulkwriter POSTs signed JSON events (Standard Webhooks) to your endpoints when batches
        complete or pause, exports are ready and articles are published; failed deliveries are
        retried for 24 hours.
      </p>
      {disabled.map((endpoint) => (
        <div key={endpoint.id} className="alert alert--warning" role="alert">
          <p className="alert__title">{endpoint.url} was disabled</p>
          <p>{endpoint.disabledReason}</p>
          <button
            type="button"
            className="button"
            disabled={update.isPending}
            onClick={() => setEnabled(endpoint, true)}
          >
            Enable again <span className="visually-hidden">{endpoint.url}</span>
          </button>
        </div>
      ))}
      {secret && (
        <SecretPanel
          secret={secret.secret}
          url={secret.webhook.url}
          onDone={() => setSecret(null)}
        />
      )}
      {editing ? (
        <section className="card" aria-label="Edit endpoint">
          <h2>Edit endpoint</h2>
          <WebhookForm
            key={editing.id}
            initial={requestOf(editing)}
            submitLabel="Save endpoint"
            pending={update.isPending}
            error={update.error}
            onCancel={() => setEditing(null)}
            onSubmit={(change) =>
              update.mutate({ id: editing.id, change }, { onSuccess: () => setEditing(null) })
            }
          />
        </section>
      ) : (
        <section className="card" aria-label="New endpoint">
          <h2>New endpoint</h2>
          <WebhookForm
            key={create.data?.webhook.id ?? 'new'}
            submitLabel="Create endpoint"
            pending={create.isPending}
            error={create.error}
            onSubmit={(request) => create.mutate(request, { onSuccess: setSecret })}
          />
        </section>
      )}
      {webhooks.isPending && <Spinner label="Loading webhooks" />}
      {webhooks.isError && (
        <ErrorMessage error={webhooks.error} title="Could not load the webhooks" />
      )}
      {update.isError && !editing && (
        <ErrorMessage error={update.error} title="Could not change the endpoint" />
      )}
      {webhooks.data && webhooks.data.length === 0 && <p>No endpoints yet.</p>}
      {webhooks.data && webhooks.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Endpoint</th>
                <th>Events</th>
                <th>Status</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.data.map((endpoint) => (
                <EndpointRow
                  key={endpoint.id}
                  endpoint={endpoint}
                  onEdit={() => setEditing(endpoint)}
                  onToggle={() => setEnabled(endpoint, !endpoint.enabled)}
                  onLog={() => setLogOf(logOf === endpoint.id ? null : endpoint.id)}
                  logShown={logOf === endpoint.id}
                  onSecret={setSecret}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shownLog && <DeliveryLog endpoint={shownLog} />}
    </div>
  );
}

type EndpointRowProps = {
  endpoint: WebhookEndpoint;
  onEdit: () => void;
  onToggle: () => void;
  onLog: () => void;
  logShown: boolean;
  onSecret: (secret: WebhookSecret) => void;
};

function EndpointRow({ endpoint, onEdit, onToggle, onLog, logShown, onSecret }: EndpointRowProps) {
  const sendTest = useSendTest();
  const rotate = useRotateSecret();
  const remove = useDeleteWebhook();
  const name = <span className="visually-hidden">{endpoint.url}</span>;
  const status = endpoint.enabled
    ? 'Enabled'
    : endpoint.disabledReason
      ? 'Disabled automatically'
      : 'Disabled';

  function test() {
    sendTest.mutate(endpoint.id, {
      onSuccess: () =>
        showToast({
          id: `webhook-test-${endpoint.id}`,
          kind: 'info',
          message: `Test event queued for ${endpoint.url}; see its delivery log.`,
        }),
    });
  }

  function rotateSecret() {
    if (
      window.confirm(`Replace the signing secret of ${endpoint.url}? The old one stops working.`)
    ) {
      rotate.mutate(endpoint.id, { onSuccess: onSecret });
    }
  }

  function deleteEndpoint() {
    if (window.confirm(`Delete the endpoint ${endpoint.url} and its delivery log?`)) {
      remove.mutate(endpoint.id);
    }
  }

  const error = sendTest.error ?? rotate.error ?? remove.error;
  return (
    <tr data-testid="webhook-row">
      <td>
        <span className="webhook-url">{endpoint.url}</span>
        {endpoint.description && <div className="muted">{endpoint.description}</div>}
        {error && <ErrorMessage error={error} title="Could not do that" />}
      </td>
      <td>{endpoint.eventTypes.join(', ')}</td>
      <td>
        {status}
        {endpoint.enabled && endpoint.consecutiveFailures > 0 && (
          <div className="muted">{endpoint.consecutiveFailures} failed attempts in a row</div>
        )}
      </td>
      <td className="webhook-actions">
        <button type="button" className="button" onClick={onEdit}>
          Edit {name}
        </button>
        <button type="button" className="button" onClick={onToggle}>
          {endpoint.enabled ? 'Disable' : 'Enable'} {name}
        </button>
        <button
          type="button"
          className="button"
          disabled={!endpoint.enabled || sendTest.isPending}
          onClick={test}
        >
          Send test {name}
        </button>
        <button type="button" className="button" aria-pressed={logShown} onClick={onLog}>
          Delivery log {name}
        </button>
        <button type="button" className="button" disabled={rotate.isPending} onClick={rotateSecret}>
          Rotate secret {name}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={deleteEndpoint}
        >
          Delete {name}
        </button>
      </td>
    </tr>
  );
}
