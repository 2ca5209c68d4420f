import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/lib/format';
import { showToast } from '@/lib/toasts';
import type { ConnectionCheck, Site } from '@/types/api';

import { useConnectSite, useRemoveSite, useSites, useTestSite } from '../api/sites';

import { SiteEditForm } from './site-edit-form';
import { EMPTY_SITE_FORM, SiteFields } from './site-fields';

/** The outcome of the last connection test, in a few words. */
export function CheckSummary({ check }: { check: ConnectionCheck | null }) {
  if (!check) return <span className="muted">not tested</span>;
  if (check.ok) {
    return (
      <span>
        OK{check.timezone ? ` · ${check.timezone}` : ''}{' '}
        <span className="muted small">({formatDateTime(check.checkedAt)})</span>
      </span>
    );
  }
  return (
    <ul className="error-text small">
      {check.problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

/**
 * Connected WordPress sites: connect one with its address, username and an application password
 * (stored encrypted, never shown again), change one (the password only replaced), test the
 * connection, remove.
 */
export function SitesPage() {
  const sites = useSites();
  const connect = useConnectSite();
  const test = useTestSite();
  const remove = useRemoveSite();
  const [form, setForm] = useState(EMPTY_SITE_FORM);
  const [editing, setEditing] = useState<string | null>(null);
  const edited = sites.data?.find((site) => site.id === editing);

  function submit(event: FormEvent) {
    event.preventDefault();
    connect.mutate(
      { ...form, name: form.name || undefined },
      {
        onSuccess: (site) => {
          setForm(EMPTY_SITE_FORM);
          showToast({ id: `site-${site.id}`, kind: 'success', message: `${site.name} connected` });
          runTest(site);
        },
      },
    );
  }

  function runTest(site: Site) {
    test.mutate(site.id, {
      onSuccess: (check) =>
        showToast({
          id: `site-${site.id}`,
          kind: check.ok ? 'success' : 'warning',
          message: check.ok
            ? `${site.name}: connection OK`
            : `${site.name}: ${check.problems.join('; ')}`,
        }),
    });
  }

  return (
    <div className="page">
      <div className="page__header">
        <h1>Sites</h1>
      </div>
      <p>
        Publish finished articles to WordPress. In WordPress, open Users → Profile → Application
        Passwords, create one for Bulkwriter and paste it here; it is stored encrypted and never
        shown again.
      </p>
      <section className="card" aria-label="Connect a site">
        <form className="form" onSubmit={submit}>
          <SiteFields form={form} onChange={setForm} />
          <button type="submit" className="button" disabled={connect.isPending}>
            Connect site
          </button>
        </form>
        {connect.isError && (
          <ErrorMessage error={connect.error} title="Could not connect the site" />
        )}
      </section>
      {edited && (
        <SiteEditForm
          key={edited.id}
          site={edited}
          onDone={(changed) => {
            setEditing(null);
            // a change clears the last test: test the site as it is now
            if (changed) runTest(changed);
          }}
        />
      )}
      {sites.isPending && <Spinner label="Loading sites" />}
      {sites.isError && <ErrorMessage error={sites.error} title="Could not load the sites" />}
      {test.isError && <ErrorMessage error={test.error} title="Could not test the site" />}
      {remove.isError && <ErrorMessage error={remove.error} title="Could not remove the site" />}
      {sites.data && sites.data.length === 0 && <p className="muted">No sites yet.</p>}
      {sites.data && sites.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Site</th>
                <th>Username</th>
                <th>Connection</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.data.map((site) => (
                <tr key={site.id}>
                  <td>
                    {site.name}
                    <br />
                    <a href={site.url} target="_blank" rel="noreferrer" className="small">
                      {site.url}
                    </a>
                  </td>
                  <td>{site.username}</td>
                  <td>
                    <CheckSummary check={site.lastCheck} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Edit ${site.name}`}
                      aria-expanded={editing === site.id}
                      onClick={() => setEditing(editing === site.id ? null : site.id)}
                    >
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      disabled={test.isPending}
                      aria-label={`Test connection to ${site.name}`}
                      onClick={() => runTest(site)}
                    >
                      Test connection
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--danger"
                      disabled={remove.isPending}
                      aria-label={`Remove ${site.name}`}
                      onClick={() => remove.mutate(site.id)}
                    >
                      Remove
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
