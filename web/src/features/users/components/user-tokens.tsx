import { useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';

import { useRevokeUserToken, useUserTokens } from '../api/users';

/** A button that shows an account's live API tokens, each of which the admin can revoke. */
export function UserTokens({ username }: { username: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-label={`API tokens of ${username}`}
        onClick={() => setOpen(!open)}
      >
        Tokens
      </button>
      {open && <TokenList username={username} />}
    </>
  );
}

function TokenList({ username }: { username: string }) {
  const tokens = useUserTokens(username);
  const revoke = useRevokeUserToken(username);
  return (
    <section className="user-tokens" aria-label={`Tokens of ${username}`}>
      {tokens.isPending && <Spinner label="Loading tokens" />}
      {tokens.isError && <ErrorMessage error={tokens.error} title="Could not load the tokens" />}
      {revoke.isError && <ErrorMessage error={revoke.error} title="Could not revoke the token" />}
      {tokens.data?.length === 0 && <p className="muted">No live tokens.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <ul>
          {tokens.data.map((token) => (
            <li key={token.id}>
              {token.name} · created {formatDateTime(token.createdAt)} · last used{' '}
              {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}{' '}
              <button
                type="button"
                className="button button--danger"
                disabled={revoke.isPending}
                aria-label={`Revoke ${token.name} of ${username}`}
                onClick={() => revoke.mutate(token.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
