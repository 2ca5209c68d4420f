import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { Banner } from '@/components/ui/banner';
import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { formatDateTime, formatDuration, formatNumber } from '@/lib/format';
import type { Article } from '@/types/api';

import { useArticle } from '../api/get-article';

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

function ArticleBody({ article }: { article: Article }) {
  if (article.markdown) {
    return (
      <pre className="markdown" aria-label="Article body (Markdown)" tabIndex={0}>
        {article.markdown}
      </pre>
    );
  }
  const message =
    article.status === 'QUEUED' || article.status === 'RUNNING'
      ? 'This article has not been written yet. This page refreshes until it is.'
      : 'This article has no content.';
  return <p className="muted">{message}</p>;
}

export function ArticlePage() {
  const { articleId = '' } = useParams();
  const query = useArticle(articleId);
  const article = query.data;

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
        />
      )}
      {article && (
        <>
          {article.draft && (
            <Banner tone="warning">
              <strong>Draft from the offline engine — not written by an LLM.</strong>
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
          <section className="card" aria-labelledby="article-body-title">
            <h2 id="article-body-title">Body</h2>
            <ArticleBody article={article} />
          </section>
        </>
      )}
    </div>
  );
}
