import type { ArticlePublication } from '@/types/api';

const LABELS: Record<ArticlePublication['state'], string> = {
  QUEUED: 'waiting',
  RUNNING: 'publishing…',
  PUBLISHED: 'on the site',
  FAILED: 'failed',
  GONE: 'deleted on the site',
  CANCELLED: 'cancelled',
};

/** One article's publications: the post's link (live once it exists), else where it stands. */
export function PublicationCell({ publications }: { publications: readonly ArticlePublication[] }) {
  if (publications.length === 0) return <span className="muted">—</span>;
  return (
    <span>
      {publications.map((p, i) => (
        <span key={p.siteId} title={p.error ?? undefined}>
          {i > 0 && ' · '}
          {p.link && p.state === 'PUBLISHED' ? (
            <a href={p.link} target="_blank" rel="noreferrer">
              {p.siteName}: {p.remoteStatus === 'publish' ? 'live' : (p.remoteStatus ?? 'post')}
            </a>
          ) : (
            <span className={p.state === 'FAILED' || p.state === 'GONE' ? 'error-text' : 'muted'}>
              {p.siteName}: {LABELS[p.state]}
            </span>
          )}
        </span>
      ))}
    </span>
  );
}
