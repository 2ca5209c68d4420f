import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';

import { useCreateToken, useRevokeToken, useTokens } from '../api/auth';
import './auth.css';

/** Personal API tokens: create one (shown once), see when each was last used, revoke. */
export function TokensPage() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(name, { onSuccess: () => setName('') });
  }

  return (
    <div className="page">
      <div className="page__header">
        <h1>API tokens</h1>
      </div>
      <p>
        Scripts call the API with <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as
        you until you revoke it.
      </p>
      <section className="card" aria-label="New token">
        <form className="form form--inline" onSubmit={submit}>
          <label className="field">
            Name
            <input
              name="name"
              maxLength={100}
              placeholder="e.g. nightly import"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={create.isPending}>
            Create token
          </button>
        </form>
        {create.isError && <ErrorMessage error={create.error} title="Could not create a token" />}
        {create.data && (
          <div role="status">
            <p>Copy your new token now; it is not shown again:</p>
            <code className="secret" data-testid="new-token">
              {create.data.token}
            </code>
            <CopyButton text={create.data.token} />
          </div>
        )}
      </section>
      {tokens.isPending && <Spinner label="Loading tokens" />}
      {tokens.isError && <ErrorMessage error={tokens.error} title="Could not load the tokens" />}
      {revoke.isError && <ErrorMessage error={revoke.error} title="Could not revoke the token" />}
      {tokens.data && tokens.data.length === 0 && <p className="muted">No tokens yet.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Created</th>
                <th>Last used</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{formatDateTime(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--danger"
                      disabled={revoke.isPending}
                      aria-label={`Revoke ${token.name}`}
                      onClick={() => revoke.mutate(token.id)}
                    >
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** Copies the new token, and says whether the browser let it. */
function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <p>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy token
      </button>{' '}
      {copied === 'copied' && 'Copied to the clipboard.'}
      {copied === 'failed' && 'The browser refused the clipboard; select the token and copy it.'}
    </p>
  );
}
