import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { PublishEvent } from '@/lib/live/publish-events';
import { makePublishJob } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderLive } from '@/testing/render-live';

import { applyToJob, useBatchPublications, usePublishJob } from '../publish';

const job = makePublishJob();

const pushed = (id: string, change: Partial<PublishEvent['job']>): PublishEvent => ({
  kind: 'PUBLISH_JOB_UPDATED',
  at: '2026-12-01T10:05:00Z',
  job: {
    id,
    owner: 'admin',
    siteId: 's-1',
    siteName: 'Coffee blog',
    status: 'RUNNING',
    statusReason: null,
    total: 2,
    queued: 1,
    running: 0,
    published: 1,
    failed: 0,
    gone: 0,
    cancelled: 0,
    done: 1,
    at: '2026-12-01T10:05:00Z',
    ...change,
  },
});

function Probe() {
  const current = usePublishJob('j-1').data;
  const publications = useBatchPublications('b-1').data;
  return (
    <p>
      {current ? `${current.published} of ${current.total} ${current.status}` : 'loading'}
      {` · ${publications?.length ?? 0} publications`}
    </p>
  );
}

describe('Live publishing', () => {
  it('applies a pushed change to the job only when it is that job', () => {
    const changed = applyToJob(job, pushed('j-1', { status: 'PAUSED', statusReason: '401' }));
    expect(changed).toMatchObject({ status: 'PAUSED', statusReason: '401', published: 1 });
    expect(changed.createdAt).toBe(job.createdAt);
    expect(changed.updatedAt).toBe('2026-12-01T10:05:00Z');
    expect(applyToJob(job, pushed('j-2', { published: 2 }))).toBe(job);
  });

  it('moves the job with pushed changes and re-reads the publications instead of polling', async () => {
    const { requests } = mockApi({
      'GET /api/publish-jobs/j-1': job,
      'GET /api/publications/batches/b-1': [],
    });
    const { client } = renderLive(<Probe />);
    client.connect();
    expect(await screen.findByText(/0 of 2 RUNNING/)).toBeInTheDocument();
    const reads = requests('GET /api/publish-jobs/j-1').length;
    const publicationReads = requests('GET /api/publications/batches/b-1').length;

    client.push('/user/queue/publishing', pushed('j-1', {}));
    expect(await screen.findByText(/1 of 2 RUNNING/)).toBeInTheDocument();
    client.push('/user/queue/publishing', pushed('j-1', { status: 'COMPLETED', published: 2 }));
    expect(await screen.findByText(/2 of 2 COMPLETED/)).toBeInTheDocument();

    await waitFor(() =>
      expect(requests('GET /api/publications/batches/b-1').length).toBeGreaterThan(
        publicationReads,
      ),
    );
    // live: nothing polls the job; its changes came pushed
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    expect(requests('GET /api/publish-jobs/j-1')).toHaveLength(reads);
  });

  it('polls while the page is not live', async () => {
    const { requests } = mockApi({
      'GET /api/publish-jobs/j-1': job,
      'GET /api/publications/batches/b-1': [],
    });
    renderLive(<Probe />);
    expect(await screen.findByText(/0 of 2 RUNNING/)).toBeInTheDocument();
    await waitFor(() => expect(requests('GET /api/publish-jobs/j-1').length).toBeGreaterThan(1), {
      timeout: 3_000,
    });
  });
});
