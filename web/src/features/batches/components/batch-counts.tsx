import { formatNumber } from '@/lib/format';
import type { Counts } from '@/types/api';

export function BatchCounts({ counts }: { counts: Counts }) {
  return (
    <span className="counts">
      <span className="counts__item counts__item--succeeded">
        {formatNumber(counts.succeeded)} done
      </span>
      <span className="counts__item counts__item--failed">
        {formatNumber(counts.failed)} failed
      </span>
      <span className="counts__item">{formatNumber(counts.running)} running</span>
      <span className="counts__item">{formatNumber(counts.queued)} queued</span>
      {counts.cancelled > 0 && (
        <span className="counts__item">{formatNumber(counts.cancelled)} cancelled</span>
      )}
      <span className="counts__total">of {formatNumber(counts.total)}</span>
    </span>
  );
}
