import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { paths } from '@/config/paths';

import { useSignIn } from '../api/auth';
import './auth.css';

/** Only paths of this app, never another site, are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home.getHref();
}

export function SignInPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate(
      { username, password },
      { onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }) },
    );
  }

  return (
    <main className="sign-in card">
      <h1>Sign in to Bulkwriter</h1>
      <form className="form" onSubmit={submit}>
        <label className="field">
          Username
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {signIn.isError && <ErrorMessage error={signIn.error} title="Could not sign in" />}
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
    </main>
  );
}
