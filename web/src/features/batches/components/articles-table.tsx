import 'react-data-grid/lib/styles.css';

import { useMemo, type ReactNode } from 'react';
import { DataGrid, Row, SelectCellFormatter, type Column } from 'react-data-grid';
import { Link } from 'react-router';

import { ReviewBadge } from '@/components/ui/review-badge';
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
  {
    key: 'reviewState',
    name: 'Review',
    width: 120,
    renderCell: ({ row }) =>
      row.status === 'SUCCEEDED' && row.reviewState ? (
        <ReviewBadge state={row.reviewState} note={row.reviewNote} />
      ) : null,
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

/** Articles the user ticked, kept by the page (across pages of the list). */
export type ArticleSelection = {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
};

/** An article being written cannot be acted on (a worker holds it), so it cannot be selected. */
export function isSelectable(article: ArticleSummary): boolean {
  return article.status !== 'RUNNING';
}

/** A checkbox per article not being written, and one in the header for all of them on this page. */
function selectColumn(
  articles: ArticleSummary[],
  { selected, onChange }: ArticleSelection,
): Column<ArticleRow> {
  const selectable = articles.filter(isSelectable);
  const ticked = selectable.filter((a) => selected.has(a.id)).length;
  const set = (ids: string[], checked: boolean) => {
    const next = new Set(selected);
    ids.forEach((id) => (checked ? next.add(id) : next.delete(id)));
    onChange(next);
  };
  return {
    key: 'select',
    name: '',
    width: 44,
    minWidth: 44,
    maxWidth: 44,
    resizable: false,
    frozen: true,
    renderHeaderCell: ({ tabIndex }) => (
      <SelectCellFormatter
        aria-label="Select the articles on this page"
        tabIndex={tabIndex}
        disabled={selectable.length === 0}
        value={selectable.length > 0 && ticked === selectable.length}
        indeterminate={ticked > 0 && ticked < selectable.length}
        onChange={() =>
          set(
            selectable.map((a) => a.id),
            ticked < selectable.length,
          )
        }
      />
    ),
    renderCell: ({ row, tabIndex }) => (
      <span title={isSelectable(row) ? undefined : 'An article being written cannot be selected'}>
        <SelectCellFormatter
          aria-label={`Select ${row.keyword}`}
          tabIndex={tabIndex}
          disabled={!isSelectable(row)}
          value={selected.has(row.id)}
          onChange={(checked) => set([row.id], checked)}
        />
      </span>
    ),
  };
}

/** A column composed in by the app (e.g. where each article is published). */
export type ExtraArticleColumn = {
  key: string;
  name: string;
  renderCell: (articleId: string) => ReactNode;
};

export type ArticlesTableProps = {
  articles: ArticleSummary[];
  /** An extra column at the end, composed in by the app. */
  extraColumn?: ExtraArticleColumn;
  /** Adds a checkbox column for choosing articles (to export them, for example). */
  selection?: ArticleSelection;
  /** Words written so far by the running articles. */
  writing?: WritingProgress;
};

/**
 * The articles of a batch in a virtualised grid: only the rows in view are in the page, so a page
 * of 500 articles scrolls as smoothly as one of 10. Arrow keys move between cells; Enter on a
 * keyword follows its link. A running article shows the words written so far against its target.
 */
export function ArticlesTable({
  articles,
  selection,
  writing = NO_WRITING,
  extraColumn,
}: ArticlesTableProps) {
  const shown = useMemo(() => {
    const extra: Column<ArticleRow>[] = extraColumn
      ? [
          {
            key: extraColumn.key,
            name: extraColumn.name,
            width: 'minmax(180px, 1fr)',
            renderCell: ({ row }) => extraColumn.renderCell(row.id),
          },
        ]
      : [];
    return selection
      ? [selectColumn(articles, selection), ...columns, ...extra]
      : [...columns, ...extra];
  }, [articles, selection, extraColumn]);
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
      columns={shown}
      rows={rows}
      rowKeyGetter={(row) => row.id}
      selectedRows={selection?.selected}
      rowHeight={34}
      renderers={{
        renderRow: (key, props) => <Row key={key} {...props} data-testid="article-row" />,
      }}
    />
  );
}
