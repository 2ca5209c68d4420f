export function DraftTag() {
  return (
    <span className="tag tag--draft" title="Written by the offline draft engine, not by an LLM">
      Drafts only
    </span>
  );
}
