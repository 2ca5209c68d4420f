import { Link } from 'react-router';

import { paths } from '@/config/paths';

import { useArticleQuality } from '../api/quality';

import { QualityBadges } from './quality-badges';

export type ArticleQualityCardProps = {
  articleId: string;
  /** The article's current version: its checks are read again when it changes. */
  version: number;
};

/** An article's quality checks on its page: failed checks as badges, reading ease, near-duplicates. */
export function ArticleQualityCard({ articleId, version }: ArticleQualityCardProps) {
  const query = useArticleQuality(articleId, version);
  const quality = query.data;
  if (query.isError) {
    // a side panel: its failure is said quietly, not as an alert over the article
    return <p className="muted small">The quality checks could not be loaded.</p>;
  }
  if (!quality) return null;
  if (quality.checkedAt === null) {
    if (!quality.pending) return null;
    // written, checks not stored yet: neither passing nor failing
    return (
      <section className="card" aria-labelledby="article-quality-title">
        <h2 id="article-quality-title">Quality</h2>
        <p className="small muted" role="status">
          Checks pending: this article was just written and is checked in a moment.
        </p>
      </section>
    );
  }
  const failures = quality.checks
    .filter((c) => !c.passed)
    .map((c) => ({ check: c.check, label: c.label, detail: c.detail ?? '' }));
  return (
    <section className="card" aria-labelledby="article-quality-title">
      <h2 id="article-quality-title">Quality</h2>
      <p className="small muted">
        {quality.checks.length - failures.length} of {quality.checks.length} checks passed
        {quality.version !== null && quality.version !== version
          ? ` (checked version ${quality.version})`
          : ''}
        {quality.pending && ' · the new text is checked in a moment'}
        {quality.readability !== null &&
          ` · reading ease ${Math.round(quality.readability)} (${quality.formula ?? 'formula'})`}
      </p>
      <QualityBadges failures={failures} />
      {quality.nearDuplicates.length > 0 && (
        <>
          <h3>Nearly the same text</h3>
          <ul>
            {quality.nearDuplicates.map((d) => (
              <li key={d.articleId}>
                <Link to={paths.article.getHref(d.articleId)}>{d.title || d.keyword}</Link>{' '}
                <span className="muted small">({Math.round(d.similarity * 100)} % alike)</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
