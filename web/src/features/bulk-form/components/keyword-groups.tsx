import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { KeywordGroup, KeywordGroups } from '@/types/api';

import type { GridRow } from '../utils/rows';

/** Groups listed at once; "Keep one of each" still acts on all of them. */
export const SHOWN_GROUPS = 50;

export type KeywordGroupsPanelProps = {
  /** The check from the estimate of the grid as it stands (undefined while none is known). */
  groups: KeywordGroups | null | undefined;
  /** The grid's rows, to name each keyword's row as the grid numbers it. */
  gridRows: GridRow[];
  /** Grid row id of each submitted item: item i is the server's row i + 1. */
  rowIds: number[];
  onRemoveRows: (ids: number[], label: string, message: string) => void;
};

/** A group stays hidden after "Keep all" until its rows change. */
function identity(group: KeywordGroup): string {
  return `${group.key}|${group.rows.join(',')}`;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString()} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The keyword cannibalisation check (docs/keywords.md): the keywords that would compete for one
 * search, with each other or with the user's earlier batches, each group with "Keep one" (its
 * other rows leave the grid), "Remove" (all its rows, when an earlier batch has the keyword) and
 * "Keep all" (hidden). Every removal is a step of the grid's undo.
 */
export function KeywordGroupsPanel({
  groups,
  gridRows,
  rowIds,
  onRemoveRows,
}: KeywordGroupsPanelProps) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const position = useMemo(() => new Map(gridRows.map((row, i) => [row.id, i + 1])), [gridRows]);
  if (!groups) return null;
  const open = groups.groups.filter((group) => !dismissed.has(identity(group)));
  if (open.length === 0) return null;

  const ids = (rows: number[]) =>
    rows.map((row) => rowIds[row - 1]).filter((id): id is number => id !== undefined);
  const gridRow = (row: number) => position.get(rowIds[row - 1]) ?? row;
  const keepOne = (group: KeywordGroup) =>
    onRemoveRows(
      ids(group.rows.slice(1)),
      'keep one',
      `Kept “${group.keywords[0]}”; removed ${plural(group.rows.length - 1, 'competing row')}.`,
    );
  const remove = (group: KeywordGroup) =>
    onRemoveRows(
      ids(group.rows),
      'remove',
      `Removed ${plural(group.rows.length, 'row')} an earlier batch already covers.`,
    );
  const keepAll = (group: KeywordGroup) =>
    setDismissed((current) => new Set(current).add(identity(group)));
  const several = open.filter((group) => group.rows.length > 1);
  const keepOneOfEach = () => {
    const extra = several.flatMap((group) => group.rows.slice(1));
    onRemoveRows(
      ids(extra),
      'keep one of each',
      `Kept one keyword of each of ${plural(several.length, 'group')}; removed ${plural(extra.length, 'row')}.`,
    );
  };

  return (
    <section className="keyword-groups" aria-labelledby="keyword-groups-title">
      <div className="keyword-groups__header">
        <h3 id="keyword-groups-title" className="keyword-groups__title">
          Keywords that compete: {plural(open.length, 'group')}
        </h3>
        {several.length > 1 && (
          <button type="button" className="button" onClick={keepOneOfEach}>
            Keep one of each
          </button>
        )}
      </div>
      <p className="muted small">
        Articles for these keywords would fight for the same search (same words after case,
        punctuation, stop words and word endings are set aside, or most of them shared). Keep one of
        each group, or keep them all.
      </p>
      <ul className="keyword-groups__list">
        {open.slice(0, SHOWN_GROUPS).map((group) => (
          <li key={identity(group)} className="keyword-groups__group">
            <div>
              <span className="keyword-groups__match">
                {group.match === 'SAME' ? 'Same keyword' : 'Similar keywords'}
              </span>{' '}
              {group.keywords.map((keyword, i) => (
                <span key={group.rows[i]} className="keyword-groups__keyword">
                  “{keyword}” <span className="muted">(row {gridRow(group.rows[i])})</span>
                </span>
              ))}
            </div>
            {group.earlier.length > 0 && (
              <ul className="keyword-groups__earlier">
                {group.earlier.map((use) => (
                  <li key={`${use.batchId}-${use.keyword}`}>
                    “{use.keyword}” written {use.ago} in{' '}
                    <Link to={paths.batch.getHref(use.batchId)}>{use.batchName}</Link>
                  </li>
                ))}
              </ul>
            )}
            <div className="keyword-groups__actions">
              {group.rows.length > 1 && (
                <button type="button" className="button" onClick={() => keepOne(group)}>
                  Keep one
                </button>
              )}
              {group.earlier.length > 0 && (
                <button type="button" className="button" onClick={() => remove(group)}>
                  Remove
                </button>
              )}
              <button type="button" className="button" onClick={() => keepAll(group)}>
                Keep all
              </button>
            </div>
          </li>
        ))}
      </ul>
      {open.length > SHOWN_GROUPS && (
        <p className="muted small">
          and {plural(open.length - SHOWN_GROUPS, 'more group')} (Keep one of each acts on them
          too).
        </p>
      )}
    </section>
  );
}
