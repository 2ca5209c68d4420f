export type PagerProps = {
  /** zero-based */
  page: number;
  totalPages: number;
  totalElements: number;
  onPageChange: (page: number) => void;
  /** What is counted, e.g. "articles". */
  itemLabel?: string;
};

export function Pager({
  page,
  totalPages,
  totalElements,
  onPageChange,
  itemLabel = 'items',
}: PagerProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button
        type="button"
        className="button"
        disabled={page <= 0}
        onClick={() => onPageChange(page - 1)}
      >
        Previous
      </button>
      <span>
        Page {page + 1} of {totalPages} ({totalElements} {itemLabel})
      </span>
      <button
        type="button"
        className="button"
        disabled={page + 1 >= totalPages}
        onClick={() => onPageChange(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
