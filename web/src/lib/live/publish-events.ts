import type { PublishJob } from '@/types/api';

/**
 * The changes of the signed-in user's publish jobs, as the server pushes them on
 * /user/queue/publishing (see docs/progress.md): started, a publication claimed or ended, paused,
 * resumed, cancelled, completed. Not numbered and not kept: a page re-reads the job over REST
 * after (re)connecting.
 */
export type LivePublishJobState = Omit<PublishJob, 'createdAt' | 'updatedAt' | 'finishedAt'> & {
  /** When the change was announced. */
  at: string;
};

export type PublishEvent = {
  kind: 'PUBLISH_JOB_UPDATED';
  at: string;
  job: LivePublishJobState;
};
