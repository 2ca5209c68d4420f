import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';

import { useMe, useSignOut } from '../api/auth';
import './auth.css';

/** The signed-in user's name, their pages and sign-out, for the shell's bar. */
export function AccountMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!me.data) return null;
  return (
    <div className="account">
      <span>
        Signed in as <strong>{me.data.username}</strong>
      </span>
      <Link className="nav-link" to={paths.tokens.getHref()}>
        API tokens
      </Link>
      <Link className="nav-link" to={paths.password.getHref()}>
        Password
      </Link>
      {me.data.role === 'ADMIN' && (
        <Link className="nav-link" to={paths.users.getHref()}>
          Users
        </Link>
      )}
      <button
        type="button"
        className="button"
        disabled={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: () => void navigate(paths.signIn.getHref(), { replace: true }),
          })
        }
      >
        Sign out
      </button>
    </div>
  );
}
