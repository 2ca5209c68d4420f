import { Link } from 'react-router';

import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import type { ArticleSummary } from '@/types/api';

export function ArticlesTable({ articles }: { articles: ArticleSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Articles of this batch</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Keyword</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col" className="num">
              Words
            </th>
            <th scope="col">Last error</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} data-testid="article-row">
              <td className="num">{article.position}</td>
              <td>
                <Link to={paths.article.getHref(article.id)}>{article.keyword}</Link>
                {article.title && <div className="muted small">{article.title}</div>}
              </td>
              <td>
                <StatusBadge status={article.status} />
              </td>
              <td className="num">{article.attempts}</td>
              <td className="num">{formatNumber(article.wordCount)}</td>
              <td className="error-text">{article.lastError ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
