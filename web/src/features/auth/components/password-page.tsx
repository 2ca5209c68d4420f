import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';

import { useChangePassword } from '../api/auth';
import './auth.css';

/** The signed-in user changes their own password; their other sessions end. */
export function PasswordPage() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
        },
      },
    );
  }

  return (
    <div className="page">
      <div className="page__header">
        <h1>Password</h1>
      </div>
      <p>
        At least 12 characters, without your username, and not a common password. Changing it signs
        you out everywhere else; this browser stays signed in and your API tokens keep working.
      </p>
      <section className="card" aria-label="Change password">
        <form className="form" onSubmit={submit}>
          <label className="field">
            Current password
            <input
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
            />
          </label>
          <label className="field">
            New password
            <input
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={change.isPending}>
            Change password
          </button>
        </form>
        {change.isError && (
          <ErrorMessage error={change.error} title="Could not change the password" />
        )}
        {change.isSuccess && (
          <p role="status">Password changed. Your other sessions were signed out.</p>
        )}
      </section>
    </div>
  );
}
