import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import type { WebhookRequest } from '@/types/api';

import { useEventTypes } from '../api/webhooks';

export type WebhookFormProps = {
  /** What the form starts with: an endpoint being edited, else empty. */
  initial?: WebhookRequest;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (request: WebhookRequest) => void;
  onCancel?: () => void;
};

const EMPTY: WebhookRequest = { url: '', description: '', eventTypes: [], enabled: true };

/** URL, description and event types of an endpoint; the choices are the server's one list. */
export function WebhookForm({
  initial = EMPTY,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: WebhookFormProps) {
  const eventTypes = useEventTypes();
  const [url, setUrl] = useState(initial.url);
  const [description, setDescription] = useState(initial.description);
  const [types, setTypes] = useState<string[]>(initial.eventTypes);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ url, description, eventTypes: types, enabled: initial.enabled });
  }

  function toggle(type: string, checked: boolean) {
    setTypes((current) => (checked ? [...current, type] : current.filter((t) => t !== type)));
  }

  return (
    <form className="webhook-form" onSubmit={submit}>
      <label className="field">
        Endpoint URL
        <input
          name="url"
          type="url"
          required
          placeholder="https://example.com/hooks/bulkwriter"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label className="field">
        Description
        <input
          name="description"
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <fieldset className="webhook-form__types">
        <legend>Events</legend>
        {eventTypes.isError && (
          <ErrorMessage error={eventTypes.error} title="Could not load the event types" />
        )}
        {(eventTypes.data ?? []).map((type) => (
          <label key={type} className="field field--inline">
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />
            {type}
          </label>
        ))}
      </fieldset>
      <div className="actions__buttons">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error != null && <ErrorMessage error={error} title="Could not save the endpoint" />}
    </form>
  );
}
