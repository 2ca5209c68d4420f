import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { showToast } from '@/lib/toasts';
import type { Site, SiteDefaults, SiteRequest } from '@/types/api';

import { useChangeSite, useSiteChoices } from '../api/sites';

import { names } from './publish-dialog';
import { SiteFields, type SiteForm } from './site-fields';

export type SiteEditFormProps = {
  site: Site;
  /** After a save (with the changed site) or a cancel (without). */
  onDone: (changed?: Site) => void;
};

type Settings = {
  pace: string;
  status: '' | 'draft' | 'publish';
  categories: string;
  tags: string;
  authorId: string;
};

function settingsOf(site: Site): Settings {
  const defaults = site.defaults;
  return {
    pace: site.requestPaceMs === null ? '' : String(site.requestPaceMs),
    status: defaults?.status ?? '',
    categories: defaults?.categories.join(', ') ?? '',
    tags: defaults?.tags.join(', ') ?? '',
    authorId: defaults?.authorId ? String(defaults.authorId) : '',
  };
}

/** The request a save sends: the password only when typed, empty settings left out. */
export function changeRequest(form: SiteForm, settings: Settings): SiteRequest {
  const defaults: SiteDefaults = {
    status: settings.status || null,
    categories: names(settings.categories),
    tags: names(settings.tags),
    authorId: settings.authorId ? Number(settings.authorId) : null,
  };
  const anyDefault =
    defaults.status !== null ||
    defaults.categories.length > 0 ||
    defaults.tags.length > 0 ||
    defaults.authorId !== null;
  return {
    name: form.name.trim() || undefined,
    url: form.url,
    username: form.username,
    applicationPassword: form.applicationPassword || undefined,
    requestPaceMs: settings.pace.trim() === '' ? undefined : Number(settings.pace),
    defaults: anyDefault ? defaults : undefined,
  };
}

/**
 * Changes a connected site: its name, address and username, its application password (never
 * shown: left empty the stored one is kept, filled in it replaces it), its own request pace and
 * what the Publish dialog starts from. Changing a site rather than removing and connecting it
 * again keeps which posts on it are the articles'.
 */
export function SiteEditForm({ site, onDone }: SiteEditFormProps) {
  const change = useChangeSite();
  const authors = useSiteChoices(site.id).data?.authors ?? [];
  const [form, setForm] = useState<SiteForm>({
    name: site.name,
    url: site.url,
    username: site.username,
    applicationPassword: '',
  });
  const [settings, setSettings] = useState(() => settingsOf(site));
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings({ ...settings, [key]: value });
  const storedAuthor = site.defaults?.authorId;

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(
      { id: site.id, ...changeRequest(form, settings) },
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
        <label className="field">
          Request pace (ms){' '}
          <span className="muted small">
            (least time between two requests; empty: the server&apos;s)
          </span>
          <input
            type="number"
            min={0}
            value={settings.pace}
            onChange={(e) => set('pace', e.target.value)}
          />
        </label>
        <fieldset className="dialog__group">
          <legend>Publish dialog starts with</legend>
          <label className="field">
            Posts
            <select
              value={settings.status}
              onChange={(e) => set('status', e.target.value as Settings['status'])}
            >
              <option value="">(no default)</option>
              <option value="draft">Drafts</option>
              <option value="publish">Published now</option>
            </select>
          </label>
          <label className="field">
            Categories <span className="muted small">(comma-separated)</span>
            <input
              value={settings.categories}
              onChange={(e) => set('categories', e.target.value)}
            />
          </label>
          <label className="field">
            Tags <span className="muted small">(comma-separated)</span>
            <input value={settings.tags} onChange={(e) => set('tags', e.target.value)} />
          </label>
          <label className="field">
            Author
            <select value={settings.authorId} onChange={(e) => set('authorId', e.target.value)}>
              <option value="">The connected user</option>
              {storedAuthor && !authors.some((a) => a.id === storedAuthor) && (
                <option value={String(storedAuthor)}>User #{storedAuthor}</option>
              )}
              {authors.map((author) => (
                <option key={author.id} value={String(author.id)}>
                  {author.name}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
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
