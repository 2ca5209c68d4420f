import type { ReviewState } from '@/types/api';

const REVIEW_STATES: readonly { value: ReviewState; label: string }[] = [
  { value: 'UNREVIEWED', label: 'Unreviewed' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
];

export function parseReview(value: string | null): ReviewState | undefined {
  return REVIEW_STATES.find((s) => s.value === value)?.value;
}

export type ReviewFiltersProps = {
  review?: ReviewState;
  search: string;
  onChange: (next: { review?: ReviewState; q?: string }) => void;
};

/** The batch page's filters besides status: review state, and a search in keyword and title. */
export function ReviewFilters({ review, search, onChange }: ReviewFiltersProps) {
  return (
    <>
      <label className="field field--inline">
        <span>Review</span>
        <select
          value={review ?? ''}
          onChange={(e) => onChange({ review: parseReview(e.target.value), q: search })}
        >
          <option value="">All</option>
          {REVIEW_STATES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span>Search</span>
        <input
          type="search"
          value={search}
          placeholder="Keyword or title"
          onChange={(e) => onChange({ review, q: e.target.value })}
        />
      </label>
    </>
  );
}
