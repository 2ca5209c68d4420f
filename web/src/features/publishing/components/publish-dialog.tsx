import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ui/error-message';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import { showToast } from '@/lib/toasts';
import type {
  PostStatus,
  PublishFilter,
  PublishJob,
  PublishRequest,
  SiteDefaults,
} from '@/types/api';

import { useJobAction, usePublishJob, useStartPublishing } from '../api/publish';
import { useSiteChoices, useSites } from '../api/sites';

export type PublishDialogProps = {
  batchId: string;
  batchName: string;
  /** Written articles of the batch: what "the whole batch" publishes. */
  written: number;
  /** Articles the user ticked: the dialog publishes these instead of the whole batch. */
  articleIds?: readonly string[];
  /** All articles matching the batch page's filter: the dialog publishes those (the written ones). */
  matching?: PublishMatching;
  onClose: () => void;
};

/** "All matching the filter" on a batch page: the filter, and how many articles it shows. */
export type PublishMatching = { count: number; filter: PublishFilter };

const STATUSES: { value: PostStatus; label: string }[] = [
  { value: 'draft', label: 'Drafts' },
  { value: 'publish', label: 'Published now' },
  { value: 'schedule', label: 'On a schedule' },
];

/** Comma-separated names, trimmed, without blanks. */
export function names(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Tomorrow at 09:00, local, as a datetime-local value. */
function tomorrowMorning(): string {
  const day = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T09:00`;
}

/** The dialog's form with a site's defaults filled in. */
export function withDefaults<
  F extends { status: PostStatus; categories: string; tags: string; authorId: string },
>(form: F, defaults: SiteDefaults): F {
  return {
    ...form,
    status: defaults.status ?? form.status,
    categories: defaults.categories.join(', '),
    tags: defaults.tags.join(', '),
    authorId: defaults.authorId ? String(defaults.authorId) : '',
  };
}

/** Builds the request the dialog sends. */
export function publishRequest(
  siteId: string,
  batchId: string,
  articleIds: readonly string[] | undefined,
  form: {
    status: PostStatus;
    start: string;
    perDay: number;
    windowStart: string;
    windowEnd: string;
    categories: string;
    tags: string;
    authorId: string;
    recreateDeleted: boolean;
    approvedOnly?: boolean;
  },
  matching?: PublishMatching,
): PublishRequest {
  const body: PublishRequest = {
    siteId,
    batchId,
    status: form.status,
    categories: names(form.categories),
    tags: names(form.tags),
  };
  if (articleIds && articleIds.length > 0) body.articleIds = [...articleIds];
  if (matching) body.filter = matching.filter;
  if (form.status === 'schedule') {
    body.schedule = {
      start: form.start,
      perDay: form.perDay,
      windowStart: form.windowStart,
      windowEnd: form.windowEnd,
    };
  }
  if (form.authorId) body.authorId = Number(form.authorId);
  if (form.recreateDeleted) body.recreateDeleted = true;
  if (form.approvedOnly) body.approvedOnly = true;
  return body;
}

/** A started job's progress, reason when paused, and its steering buttons. */
export function JobProgress({ job }: { job: PublishJob }) {
  const action = useJobAction();
  const share = job.total === 0 ? 100 : (100 * job.done) / job.total;
  return (
    <div role="status">
      <ProgressBar value={share} label={`Publishing to ${job.siteName}`} />
      <p>
        {formatNumber(job.published)} of {formatNumber(job.total)} published
        {job.failed > 0 && `, ${formatNumber(job.failed)} failed`}
        {job.gone > 0 && `, ${formatNumber(job.gone)} deleted on the site`} (
        {job.status.toLowerCase()}
        ).
      </p>
      {job.statusReason && <p className="error-text">Paused: {job.statusReason}</p>}
      <div className="actions__buttons">
        {job.status === 'PAUSED' && (
          <button
            type="button"
            className="button"
            onClick={() => action.mutate({ id: job.id, action: 'resume' })}
          >
            Resume
          </button>
        )}
        {job.status === 'RUNNING' && (
          <button
            type="button"
            className="button"
            onClick={() => action.mutate({ id: job.id, action: 'pause' })}
          >
            Pause
          </button>
        )}
        {(job.status === 'RUNNING' || job.status === 'PAUSED') && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => action.mutate({ id: job.id, action: 'cancel' })}
          >
            Cancel publishing
          </button>
        )}
      </div>
      {action.isError && <ErrorMessage error={action.error} title="The job did not change" />}
    </div>
  );
}

/**
 * Publishes a batch (or the ticked articles) to a connected site: as drafts, now, or on a schedule
 * in the site's timezone, with categories, tags and an author; then follows the job.
 */
export function PublishDialog({
  batchId,
  batchName,
  written,
  articleIds,
  matching,
  onClose,
}: PublishDialogProps) {
  const titleId = useId();
  const sites = useSites();
  const [siteId, setSiteId] = useState('');
  const [form, setForm] = useState({
    status: 'draft' as PostStatus,
    start: tomorrowMorning(),
    perDay: 3,
    windowStart: '09:00',
    windowEnd: '17:00',
    categories: '',
    tags: '',
    authorId: '',
    recreateDeleted: false,
    approvedOnly: false,
  });
  const chosenSite = siteId || sites.data?.[0]?.id || '';
  // the chosen site's defaults fill the form once, when it is chosen (the user may change them)
  const [prefilled, setPrefilled] = useState('');
  const site = sites.data?.find((s) => s.id === chosenSite);
  if (site && prefilled !== site.id) {
    setPrefilled(site.id);
    if (site.defaults) setForm(withDefaults(form, site.defaults));
  }
  const choices = useSiteChoices(chosenSite || undefined);
  const start = useStartPublishing();
  const job = usePublishJob(start.data?.id);
  const current = job.data ?? start.data;
  const count = matching
    ? matching.count
    : articleIds && articleIds.length > 0
      ? articleIds.length
      : written;

  useEffect(() => {
    if (job.data?.status === 'COMPLETED') {
      showToast({
        id: `publish-${job.data.id}`,
        kind: job.data.failed > 0 ? 'warning' : 'success',
        message: `${batchName}: ${formatNumber(job.data.published)} posts on ${job.data.siteName}`,
      });
    }
  }, [job.data?.status, job.data, batchName]);

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm({ ...form, [key]: value });

  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Publish to WordPress</h2>
        {current ? (
          <>
            <JobProgress job={current} />
            <div className="actions__buttons">
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        ) : sites.data && sites.data.length === 0 ? (
          <>
            <p>
              No site connected yet. <Link to={paths.sites.getHref()}>Connect a site</Link> first.
            </p>
            <div className="actions__buttons">
              <button type="button" className="button" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <label className="field">
              Site
              <select value={chosenSite} onChange={(e) => setSiteId(e.target.value)}>
                {sites.data?.map((site) => (
                  <option key={site.id} value={site.id}>
                    {site.name} ({site.url})
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="dialog__group">
              <legend>Posts</legend>
              {STATUSES.map((status) => (
                <label key={status.value} className="dialog__option">
                  <input
                    type="radio"
                    name="status"
                    checked={form.status === status.value}
                    onChange={() => set('status', status.value)}
                  />
                  {status.label}
                </label>
              ))}
            </fieldset>
            {form.status === 'schedule' && (
              <fieldset className="dialog__group">
                <legend>Schedule (the site&apos;s timezone)</legend>
                <label className="field">
                  First post at or after
                  <input
                    type="datetime-local"
                    value={form.start}
                    onChange={(e) => set('start', e.target.value)}
                  />
                </label>
                <label className="field">
                  Posts a day
                  <input
                    type="number"
                    min={1}
                    max={1000}
                    value={form.perDay}
                    onChange={(e) => set('perDay', Number(e.target.value))}
                  />
                </label>
                <label className="field">
                  Between
                  <input
                    type="time"
                    value={form.windowStart}
                    onChange={(e) => set('windowStart', e.target.value)}
                  />
                </label>
                <label className="field">
                  and
                  <input
                    type="time"
                    value={form.windowEnd}
                    onChange={(e) => set('windowEnd', e.target.value)}
                  />
                </label>
              </fieldset>
            )}
            <label className="field">
              Categories{' '}
              <span className="muted small">(comma-separated; new ones are created)</span>
              <input
                list="publish-categories"
                value={form.categories}
                onChange={(e) => set('categories', e.target.value)}
              />
            </label>
            <datalist id="publish-categories">
              {choices.data?.categories.map((c) => (
                <option key={c.id} value={c.name} />
              ))}
            </datalist>
            <label className="field">
              Tags <span className="muted small">(comma-separated)</span>
              <input
                list="publish-tags"
                value={form.tags}
                onChange={(e) => set('tags', e.target.value)}
              />
            </label>
            <datalist id="publish-tags">
              {choices.data?.tags.map((t) => (
                <option key={t.id} value={t.name} />
              ))}
            </datalist>
            <label className="field">
              Author
              <select value={form.authorId} onChange={(e) => set('authorId', e.target.value)}>
                <option value="">The connected user</option>
                {choices.data?.authors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="dialog__option">
              <input
                type="checkbox"
                checked={form.recreateDeleted}
                onChange={(e) => set('recreateDeleted', e.target.checked)}
              />
              Create posts deleted on the site again
            </label>
            <label className="dialog__option">
              <input
                type="checkbox"
                checked={form.approvedOnly}
                onChange={(e) => set('approvedOnly', e.target.checked)}
              />
              Only approved articles
            </label>
            <p aria-live="polite">
              {formatNumber(count)} articles; articles already on the site are updated, not posted
              twice.
            </p>
            {start.isError && (
              <ErrorMessage title="Publishing could not start" error={start.error} />
            )}
            <div className="actions__buttons">
              <button
                type="button"
                className="button"
                disabled={!chosenSite || count === 0 || start.isPending}
                onClick={() =>
                  start.mutate(publishRequest(chosenSite, batchId, articleIds, form, matching))
                }
              >
                Publish
              </button>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
