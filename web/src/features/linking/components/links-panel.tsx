import { useId, useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { LinkGraph, LinkRun, LinkSettings } from '@/types/api';

import { useAddLinks, useLinkGraph, useSaveLinkSettings } from '../api/links';

import { LinkGraphPicture } from './link-graph';
import './linking.css';

/** What a run did, in words. */
export function describeRun(run: LinkRun): string {
  if (run.links === 0) {
    return `No new links: none of the ${formatNumber(run.articles)} articles had a fitting phrase for another article, or each has its links already.`;
  }
  const skipped =
    run.skipped > 0 ? ` ${formatNumber(run.skipped)} changed meanwhile and were left alone.` : '';
  return `Added ${formatNumber(run.links)} links to ${formatNumber(run.linked)} of ${formatNumber(run.articles)} articles.${skipped} Restoring an article's previous version removes its links.`;
}

/**
 * The batch's internal links, composed into the batch page by the app: its settings, "Add links
 * now", the link graph as a picture and the orphans. Read only once opened, so that a large
 * batch's page does not load its graph unasked.
 */
export function LinksPanel({ batchId, written }: { batchId: string; written: number }) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const graph = useLinkGraph(batchId, open);
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId}>Internal links</h2>
        <button
          type="button"
          className="button button--link"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide links' : 'Show links'}
        </button>
      </div>
      {open && graph.isPending && <Spinner label="Loading links…" />}
      {open && graph.isError && (
        <ErrorMessage
          title="Could not load the links"
          error={graph.error}
          onRetry={() => void graph.refetch()}
        />
      )}
      {open && graph.data && <LinksBody batchId={batchId} graph={graph.data} written={written} />}
    </section>
  );
}

function LinksBody({
  batchId,
  graph,
  written,
}: {
  batchId: string;
  graph: LinkGraph;
  written: number;
}) {
  const add = useAddLinks(batchId);
  const save = useSaveLinkSettings(batchId);
  const [settings, setSettings] = useState<LinkSettings>(graph.settings);
  const own = graph.articles.filter((a) => !a.earlier);
  const orphans = own.filter((a) => a.orphan);
  const change = (next: Partial<LinkSettings>) => setSettings({ ...settings, ...next });

  return (
    <>
      <p className="small">
        {formatNumber(graph.links.length)} links between {formatNumber(own.length)} written articles
        {graph.articles.length > own.length &&
          ` and ${formatNumber(graph.articles.length - own.length)} of earlier batches`}
        {' · '}
        {formatNumber(graph.orphans)} without any link in
        {' · '}
        {graph.linkedAt ? `last linked ${formatDateTime(graph.linkedAt)}` : 'not linked yet'}
      </p>
      <form
        className="links-panel__settings"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(settings);
        }}
      >
        <label className="field field--inline">
          <input
            type="checkbox"
            checked={settings.automatic}
            onChange={(e) => change({ automatic: e.target.checked })}
          />
          <span>Link automatically once the batch is written</span>
        </label>
        <label className="field field--inline">
          <span>Links per article</span>
          <input
            type="number"
            min={0}
            max={10}
            value={settings.maxLinks}
            onChange={(e) => change({ maxLinks: Number(e.target.value) })}
          />
        </label>
        <label className="field field--inline">
          <input
            type="checkbox"
            checked={settings.includeEarlier}
            onChange={(e) => change({ includeEarlier: e.target.checked })}
          />
          <span>Also link to my earlier batches</span>
        </label>
        <button type="submit" className="button button--link" disabled={save.isPending}>
          Save settings
        </button>
        <button
          type="button"
          className="button"
          disabled={add.isPending || written === 0}
          onClick={() => add.mutate(settings)}
        >
          {add.isPending ? 'Adding links…' : 'Add links now'}
        </button>
      </form>
      {save.isError && <ErrorMessage title="Could not save the settings" error={save.error} />}
      {add.isError && <ErrorMessage title="Could not add links" error={add.error} />}
      {add.data && (
        <p className="small" role="status">
          {describeRun(add.data)}
        </p>
      )}
      {graph.articles.length > 0 && (
        <LinkGraphPicture articles={graph.articles} links={graph.links} />
      )}
      {orphans.length > 0 && (
        <>
          <h3 className="small">No article links to these</h3>
          <ul className="links-panel__orphans small">
            {orphans.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
