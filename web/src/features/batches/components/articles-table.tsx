import 'react-data-grid/lib/styles.css';

import { DataGrid, Row, type Column } from 'react-data-grid';
import { Link } from 'react-router';

import { StatusBadge } from '@/components/ui/status-badge';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import type { ArticleSummary } from '@/types/api';

const columns: readonly Column<ArticleSummary>[] = [
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
    width: 96,
    cellClass: 'grid__number',
    renderCell: ({ row }) => formatNumber(row.wordCount),
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
 * keyword follows its link.
 */
export function ArticlesTable({ articles }: { articles: ArticleSummary[] }) {
  return (
    <DataGrid
      className="articles-grid rdg-light"
      aria-label="Articles of this batch"
      columns={columns}
      rows={articles}
      rowKeyGetter={(row) => row.id}
      rowHeight={34}
      renderers={{
        renderRow: (key, props) => <Row key={key} {...props} data-testid="article-row" />,
      }}
    />
  );
}
