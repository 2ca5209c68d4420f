import './review.css';

import type { ReviewState } from '@/types/api';

const LABELS: Record<ReviewState, string> = {
  UNREVIEWED: 'Unreviewed',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};

export type ReviewBadgeProps = {
  state: ReviewState;
  /** A rejection's note, shown on hover. */
  note?: string | null;
};

/** Where an article's review stands, as a badge; a rejected one carries its note as a tooltip. */
export function ReviewBadge({ state, note }: ReviewBadgeProps) {
  return (
    <span
      className={`badge badge--review-${state.toLowerCase()}`}
      data-review={state}
      title={note ?? undefined}
    >
      {LABELS[state]}
    </span>
  );
}
