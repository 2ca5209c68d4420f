import { useState, type FormEvent } from 'react';

import { humanize } from '@/lib/format';

import {
  BATCH_STATUSES,
  DEFAULT_LIST,
  isFiltered,
  type ArchivedFilter,
  type BatchListParams,
  type SearchIn,
} from '../api/batch-list-params';

export type BatchListControlsProps = {
  params: BatchListParams;
  /** Admins see every user's batches and may narrow them to one owner. */
  canFilterOwner: boolean;
  onChange: (next: Partial<BatchListParams>) => void;
};

/** The search form: applied on submit, so typing does not send a request per key. */
function SearchForm({ params, canFilterOwner, onChange }: BatchListControlsProps) {
  const [q, setQ] = useState(params.q);
  const [searchIn, setSearchIn] = useState<SearchIn>(params.searchIn);
  const [owner, setOwner] = useState(params.owner);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q, searchIn, owner });
  };
  return (
    <form role="search" aria-label="Batches" className="list-controls" onSubmit={submit}>
      <label className="field field--inline">
        <span>Search</span>
        <input
          type="search"
          value={q}
          maxLength={200}
          placeholder="Name or keyword"
          onChange={(e) => setQ(e.target.value)}
        />
      </label>
      <label className="field field--inline">
        <span>in</span>
        <select value={searchIn} onChange={(e) => setSearchIn(e.target.value as SearchIn)}>
          <option value="all">Names and keywords</option>
          <option value="name">Names</option>
          <option value="keyword">Keywords</option>
        </select>
      </label>
      {canFilterOwner && (
        <label className="field field--inline">
          <span>Owner</span>
          <input
            type="text"
            value={owner}
            maxLength={100}
            placeholder="Everyone"
            onChange={(e) => setOwner(e.target.value)}
          />
        </label>
      )}
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}

/** Search, filters (status, created, archived, owner for admins) of the batches list. */
export function BatchListControls(props: BatchListControlsProps) {
  const { params, onChange } = props;
  return (
    <div className="list-controls-wrap">
      <SearchForm key={`${params.q}|${params.searchIn}|${params.owner}`} {...props} />
      <div className="list-controls" role="group" aria-label="Filters">
        <label className="field field--inline">
          <span>Status</span>
          <select
            value={params.status ?? ''}
            onChange={(e) =>
              onChange({ status: BATCH_STATUSES.find((status) => status === e.target.value) })
            }
          >
            <option value="">Any</option>
            {BATCH_STATUSES.map((status) => (
              <option key={status} value={status}>
                {humanize(status)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span>Created from</span>
          <input
            type="date"
            value={params.from}
            onChange={(e) => onChange({ from: e.target.value })}
          />
        </label>
        <label className="field field--inline">
          <span>to</span>
          <input type="date" value={params.to} onChange={(e) => onChange({ to: e.target.value })} />
        </label>
        <label className="field field--inline">
          <span>Show</span>
          <select
            value={params.archived}
            onChange={(e) => onChange({ archived: e.target.value as ArchivedFilter })}
          >
            <option value="false">Not archived</option>
            <option value="true">Archived</option>
            <option value="all">All</option>
          </select>
        </label>
        {isFiltered(params) && (
          <button
            type="button"
            className="button button--link"
            onClick={() => onChange({ ...DEFAULT_LIST, sort: params.sort, order: params.order })}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
