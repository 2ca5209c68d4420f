import { Banner } from '@/components/ui/banner';
import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';

import type { Duplicate } from '../hooks/use-duplicate';

/** What "Duplicate as new batch" did to the form: copying, copied (nothing sent yet), or failed. */
export function DuplicateNotice({ duplicate }: { duplicate: Duplicate }) {
  if (duplicate.error) {
    return <ErrorMessage title="Could not copy the batch" error={duplicate.error} />;
  }
  if (duplicate.loading) return <Spinner label="Copying the batch…" />;
  if (!duplicate.copiedFrom) return null;
  const hidden = duplicate.hiddenOverrides;
  return (
    <Banner>
      A copy of “{duplicate.copiedFrom}”: its keywords, their per-row settings and the batch
      settings. Nothing is written until you submit.
      {hidden > 0 &&
        ` ${hidden} row${hidden === 1 ? '' : 's'} had a provider, model, audience, point of view or FAQ of ${hidden === 1 ? 'its' : 'their'} own, which the grid cannot show: ${hidden === 1 ? 'it uses' : 'they use'} the batch settings.`}
    </Banner>
  );
}
