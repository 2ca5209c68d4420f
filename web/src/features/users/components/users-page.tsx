import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';
import type { Role, User } from '@/types/api';

import { useCreateUser, useResetPassword, useSetEnabled, useUsers } from '../api/users';
import { UserTokens } from './user-tokens';
import './users.css';

/**
 * The admin's page: every account, a form for a new one, disable/enable, password reset (both end
 * every session and API token of the account) and each account's tokens.
 */
export function UsersPage() {
  const users = useUsers();
  const setEnabled = useSetEnabled();
  return (
    <div className="page">
      <div className="page__header">
        <h1>Users</h1>
      </div>
      <NewUserForm />
      {users.isPending && <Spinner label="Loading users" />}
      {users.isError && <ErrorMessage error={users.error} title="Could not load the users" />}
      {setEnabled.isError && (
        <ErrorMessage error={setEnabled.error} title="Could not change the account" />
      )}
      {users.data && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Username</th>
                <th>Role</th>
                <th>Status</th>
                <th>Created</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.username} data-testid="user-row">
                  <td>{user.username}</td>
                  <td>{user.role}</td>
                  <td>{user.enabled ? 'active' : 'disabled'}</td>
                  <td>{formatDateTime(user.createdAt)}</td>
                  <td className="user-actions">
                    <button
                      type="button"
                      className={user.enabled ? 'button button--danger' : 'button'}
                      aria-label={`${user.enabled ? 'Disable' : 'Enable'} ${user.username}`}
                      disabled={setEnabled.isPending}
                      onClick={() =>
                        setEnabled.mutate({ username: user.username, enabled: !user.enabled })
                      }
                    >
                      {user.enabled ? 'Disable' : 'Enable'}
                    </button>
                    <PasswordReset user={user} />
                    <UserTokens username={user.username} />
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

function NewUserForm() {
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('USER');

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { username, password, role },
      {
        onSuccess: () => {
          setUsername('');
          setPassword('');
        },
      },
    );
  }

  return (
    <section className="card" aria-label="New user">
      <form className="user-form" onSubmit={submit}>
        <label className="field">
          Username
          <input
            name="username"
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
            autoComplete="new-password"
            required
            minLength={12}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label className="field">
          Role
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <option value="USER">USER</option>
            <option value="ADMIN">ADMIN</option>
          </select>
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Create user
        </button>
      </form>
      {create.isError && <ErrorMessage error={create.error} title="Could not create the user" />}
      {create.isSuccess && <p role="status">Created {create.data.username}.</p>}
    </section>
  );
}

function PasswordReset({ user }: { user: User }) {
  const reset = useResetPassword();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');

  if (!open) {
    return (
      <>
        <button
          type="button"
          className="button"
          aria-label={`Reset the password of ${user.username}`}
          onClick={() => setOpen(true)}
        >
          Reset password
        </button>
        {reset.isSuccess && (
          <span role="status">Password changed; every session and token of it ended.</span>
        )}
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate(
      { username: user.username, password },
      {
        onSuccess: () => {
          setOpen(false);
          setPassword('');
        },
      },
    );
  }

  return (
    <form className="user-form" onSubmit={submit}>
      <label className="field">
        New password for {user.username}
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={reset.isPending}>
        Save password
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {reset.isError && <ErrorMessage error={reset.error} title="Could not set the password" />}
    </form>
  );
}
