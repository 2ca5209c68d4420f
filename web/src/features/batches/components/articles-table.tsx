import 'react-data-grid/lib/styles.css';

import { useMemo } from 'react';
import { DataGrid, Row, type Column } from 'react-data-grid';
import { Link } from 'react-router';

import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import type { ArticleProgress, ArticleSummary } from '@/types/api';

import { NO_WRITING, type WritingProgress } from '../api/writing-progress';

import { WordsWritten } from './words-written';

/** A row of the grid: the article and, while it is being written, how far it has got. */
type ArticleRow = ArticleSummary & { written?: ArticleProgress };

const columns: readonly Column<ArticleRow>[] = [
  { key: 'position', name: '#', width: 64, cellClass: 'grid__number' },
  {
    key: 'keyword',
    name: 'Keyword',
    width: 'minmax(240px, 2fr)',
    renderCell: ({ row, tabIndex }) => (
      <Link to={paths.article.getHref(row.id)} tabIndex={tabIndex} title={row.title ?? undefined}>
        {row.keyword}
      </Link>
    ),
  },
  {
    key: 'status',
    name: 'Status',
    width: 120,
    renderCell: ({ row }) => <StatusBadge status={row.status} />,
  },
  { key: 'attempts', name: 'Attempts', width: 96, cellClass: 'grid__number' },
  {
    key: 'wordCount',
    name: 'Words',
    width: 190,
    cellClass: 'grid__number',
    renderCell: ({ row }) =>
      row.written ? <WordsWritten progress={row.written} /> : formatNumber(row.wordCount),
  },
  {
    key: 'lastError',
    name: 'Error',
    width: 'minmax(200px, 2fr)',
    cellClass: 'error-text',
    renderCell: ({ row }) => <span title={row.lastError ?? undefined}>{row.lastError ?? ''}</span>,
  },
];

/**
 * The articles of a batch in a virtualised grid: only the rows in view are in the page, so a page
 * of 500 articles scrolls as smoothly as one of 10. Arrow keys move between cells; Enter on a
 * keyword follows its link. A running article shows the words written so far against its target.
 */
export function ArticlesTable({
  articles,
  writing = NO_WRITING,
}: {
  articles: ArticleSummary[];
  writing?: WritingProgress;
}) {
  const rows = useMemo<ArticleRow[]>(
    () =>
      articles.map((article) =>
        article.status === 'RUNNING' && writing[article.id]
          ? { ...article, written: writing[article.id] }
          : article,
      ),
    [articles, writing],
  );
  return (
    <DataGrid
      className="articles-grid rdg-light"
      aria-label="Articles of this batch"
      columns={columns}
      rows={rows}
      rowKeyGetter={(row) => row.id}
      rowHeight={34}
      renderers={{
        renderRow: (key, props) => <Row key={key} {...props} data-testid="article-row" />,
      }}
    />
  );
}
