import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { Banner } from '@/components/ui/banner';
import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { formatDateTime, formatDuration, formatNumber } from '@/lib/format';
import type { Article } from '@/types/api';

import { useArticle } from '../api/get-article';
import { useRegenerateArticle } from '../api/regenerate-article';
import { useLiveArticle } from '../api/use-live-article';

import { ArticleEditor } from './article-editor';
import { ArticleMarkdown } from './article-markdown';
import { VersionHistory } from './version-history';

import { ArticleReview } from './article-review';

function ArticleDetails({ article }: { article: Article }) {
  const rows: { label: string; value: ReactNode }[] = [
    { label: 'Keyword', value: article.keyword },
    { label: 'Status', value: <StatusBadge status={article.status} /> },
    { label: 'Slug', value: article.slug ? <code>{article.slug}</code> : '—' },
    { label: 'Meta description', value: article.metaDescription || '—' },
    { label: 'Words', value: formatNumber(article.wordCount) },
    { label: 'Model', value: `${article.provider} / ${article.model}` },
    { label: 'Attempts', value: article.attempts },
    { label: 'Started', value: formatDateTime(article.startedAt) },
    { label: 'Finished', value: formatDateTime(article.finishedAt) },
    { label: 'Duration', value: formatDuration(article.durationMs) },
  ];
  return (
    <dl className="details">
      {rows.map((row) => (
        <div key={row.label} className="details__row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export { withoutTitle } from './article-markdown';

function ArticleBody({ article }: { article: Article }) {
  if (article.markdown) {
    return <ArticleMarkdown markdown={article.markdown} title={article.title} />;
  }
  const message =
    article.status === 'QUEUED' || article.status === 'RUNNING'
      ? 'This article has not been written yet. This page refreshes until it is.'
      : 'This article has no content.';
  return <p className="muted">{message}</p>;
}

function CopyButton({ markdown }: { markdown: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy Markdown
      </button>
      <span className="muted small" aria-live="polite">
        {state === 'copied' && 'Copied to the clipboard.'}
        {state === 'failed' && 'The browser refused the clipboard; select the text and copy it.'}
      </span>
    </>
  );
}

function RegenerateButton({ article }: { article: Article }) {
  const mutation = useRegenerateArticle();
  if (article.status !== 'SUCCEEDED' && article.status !== 'FAILED') return null;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={mutation.isPending}
        onClick={() => {
          const replaces =
            article.status === 'SUCCEEDED' ? ' Its current text will be replaced.' : '';
          if (window.confirm(`Write "${article.keyword}" again?${replaces}`)) {
            mutation.mutate(article.id);
          }
        }}
      >
        {mutation.isPending ? 'Regenerating…' : 'Regenerate'}
      </button>
      {mutation.isError && <ErrorMessage title="Could not regenerate" error={mutation.error} />}
    </>
  );
}

export type ArticlePageProps = {
  /** Extra sections below the details, composed in by the app (e.g. Quality). */
  sections?: (article: Article) => ReactNode;
};

export function ArticlePage({ sections }: ArticlePageProps = {}) {
  const { articleId = '' } = useParams();
  const query = useArticle(articleId);
  const article = query.data;
  const [editing, setEditing] = useState(false);
  useLiveArticle(articleId, article?.batchId);
  const editable = article?.status === 'SUCCEEDED' && Boolean(article.markdown);

  return (
    <div className="page">
      {article && (
        <p className="breadcrumb">
          <Link to={paths.batch.getHref(article.batchId)}>← Back to the batch</Link>
        </p>
      )}
      <div className="page__header">
        <h1>{article ? article.title || article.keyword : 'Article'}</h1>
      </div>
      {query.isPending && <Spinner label="Loading article…" />}
      {query.isError && (
        <ErrorMessage
          title={article ? 'Could not refresh the article' : 'Could not load the article'}
          error={query.error}
          onRetry={() => void query.refetch()}
          notFound="Article not found"
        />
      )}
      {article && (
        <>
          {article.draft && (
            <Banner tone="warning">
              <strong>Draft from the offline engine — not written by an LLM.</strong>
            </Banner>
          )}
          {(article.missingPhrases ?? []).length > 0 && (
            <Banner tone="warning">
              <strong>Required phrases missing:</strong>{' '}
              {(article.missingPhrases ?? []).map((p) => `"${p}"`).join(', ')}. Edit or regenerate
              the article to include them.
            </Banner>
          )}
          {article.lastError && (
            <div className="alert alert--error" role="alert">
              <p className="alert__title">Last error</p>
              <p>{article.lastError}</p>
            </div>
          )}
          <section className="card" aria-labelledby="article-details-title">
            <h2 id="article-details-title">Details</h2>
            <ArticleDetails article={article} />
          </section>
          {sections?.(article)}
          <ArticleReview article={article} />
          {editing ? (
            <ArticleEditor article={article} onDone={() => setEditing(false)} />
          ) : (
            <section className="card" aria-labelledby="article-body-title">
              <div className="card__header">
                <h2 id="article-body-title">Body</h2>
                <div className="actions__buttons">
                  {editable && (
                    <button type="button" className="button" onClick={() => setEditing(true)}>
                      Edit
                    </button>
                  )}
                  {article.markdown && <CopyButton markdown={article.markdown} />}
                  <RegenerateButton article={article} />
                </div>
              </div>
              <ArticleBody article={article} />
            </section>
          )}
          {article.version > 0 && !editing && <VersionHistory article={article} />}
        </>
      )}
    </div>
  );
}
