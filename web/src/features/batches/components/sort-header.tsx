import type { ReactNode } from 'react';

import type { BatchSort, SortOrder } from '../api/batch-list-params';

export type SortState = { by: BatchSort; order: SortOrder };

export type SortHeaderProps = {
  by: BatchSort;
  sort?: SortState;
  onSort?: (by: BatchSort) => void;
  children: ReactNode;
};

/** A column header that sorts the list by its column; a second click reverses the order. */
export function SortHeader({ by, sort, onSort, children }: SortHeaderProps) {
  if (!onSort) return <th scope="col">{children}</th>;
  const active = sort?.by === by;
  const ariaSort = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(by)}>
        {children}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
