import { useEffect } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { showToast } from '@/lib/toasts';

import { useWebhooks } from '../api/webhooks';

/** Endpoints already announced in this browser tab: one toast each, not one per refresh. */
const announced = new Set<string>();

/** Forgets what was announced (tests). */
export function resetWebhookNotices() {
  announced.clear();
}

/**
 * On any page, a toast for each of the user's endpoints that the system disabled after
 * persistent failure, with a way to the Webhooks page where it can be fixed and enabled again.
 */
export function WebhookNotice() {
  const navigate = useNavigate();
  const webhooks = useWebhooks({ staleTime: 60_000 });
  useEffect(() => {
    for (const endpoint of webhooks.data ?? []) {
      if (!endpoint.disabledReason || announced.has(endpoint.id)) continue;
      announced.add(endpoint.id);
      showToast({
        id: `webhook-disabled-${endpoint.id}`,
        kind: 'warning',
        message: `Webhook ${endpoint.url} was disabled after failing persistently.`,
        duration: Infinity,
        action: { label: 'Open Webhooks', onClick: () => void navigate(paths.webhooks.getHref()) },
      });
    }
  }, [webhooks.data, navigate]);
  return null;
}
