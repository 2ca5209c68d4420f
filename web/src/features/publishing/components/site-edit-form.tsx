import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { showToast } from '@/lib/toasts';
import type { Site } from '@/types/api';

import { useChangeSite } from '../api/sites';

import { SiteFields } from './site-fields';

export type SiteEditFormProps = {
  site: Site;
  /** After a save (with the changed site) or a cancel (without). */
  onDone: (changed?: Site) => void;
};

/**
 * Changes a connected site: its name, address and username, and its application password, which
 * is never shown: left empty the stored one is kept, filled in it replaces it. Changing a site
 * rather than removing and connecting it again keeps which posts on it are the articles'.
 */
export function SiteEditForm({ site, onDone }: SiteEditFormProps) {
  const change = useChangeSite();
  const [form, setForm] = useState({
    name: site.name,
    url: site.url,
    username: site.username,
    applicationPassword: '',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(
      {
        id: site.id,
        name: form.name.trim() || undefined,
        url: form.url,
        username: form.username,
        applicationPassword: form.applicationPassword || undefined,
      },
      {
        onSuccess: (changed) => {
          showToast({ id: `site-${site.id}`, kind: 'success', message: `${changed.name} saved` });
          onDone(changed);
        },
      },
    );
  }

  return (
    <section className="card" aria-label={`Edit ${site.name}`}>
      <h2>Edit {site.name}</h2>
      <form className="form" onSubmit={submit}>
        <SiteFields form={form} onChange={setForm} stored />
        <div className="actions">
          <button type="submit" className="button" disabled={change.isPending}>
            Save changes
          </button>{' '}
          <button type="button" className="button" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      </form>
      {change.isError && <ErrorMessage error={change.error} title="Could not save the site" />}
    </section>
  );
}
