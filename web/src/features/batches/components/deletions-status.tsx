import { ProgressBar } from '@/components/ui/progress-bar';
import { formatNumber } from '@/lib/format';

import { useDeletions } from '../api/manage-batch';

/** Batches being deleted in the background, each with how far it has got. */
export function DeletionsStatus() {
  const { data } = useDeletions();
  if (!data || data.length === 0) return null;
  return (
    <section className="card deletions" aria-labelledby="deletions-title">
      <h2 id="deletions-title" className="small">
        Deleting in the background
      </h2>
      <ul className="deletions__list">
        {data.map((deletion) => {
          const removed = deletion.articles - deletion.remaining;
          const percent =
            deletion.articles === 0 ? 100 : Math.round((100 * removed) / deletion.articles);
          return (
            <li key={deletion.id} className="deletions__item">
              <span>
                “{deletion.name}”: {formatNumber(Math.max(0, removed))} of{' '}
                {formatNumber(deletion.articles)} articles removed
              </span>
              <ProgressBar value={percent} label={`Deleting ${deletion.name}`} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
