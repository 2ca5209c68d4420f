import type { QualityFailure } from '@/types/api';

export type QualityBadgesProps = {
  failures: readonly QualityFailure[];
};

/** The checks an article fails, one badge each, what is wrong on hover and for screen readers. */
export function QualityBadges({ failures }: QualityBadgesProps) {
  if (failures.length === 0) {
    return <span className="badge badge--quality-ok">Passes every check</span>;
  }
  return (
    <ul className="quality-badges" aria-label="Failed checks">
      {failures.map((f) => (
        <li key={f.check}>
          <span className="badge badge--quality-fail" data-check={f.check} title={f.detail}>
            {f.label}
            <span className="visually-hidden">: {f.detail}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
