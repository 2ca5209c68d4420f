package com.bulkwriter.publishing.internal;

import com.bulkwriter.publishing.PublishJobChanged;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces a publish job's state as {@link PublishJobChanged} after every change, so that its
 * owner sees it move without asking (the progress module pushes it over STOMP). Announcing never
 * fails the change: the job is read from the database again by a page that reconnects.
 */
@Component
class JobProgress {

  private static final Logger log = LoggerFactory.getLogger(JobProgress.class);

  private final PublishJobs jobs;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JobProgress(PublishJobs jobs, ApplicationEventPublisher events, Clock clock) {
    this.jobs = jobs;
    this.events = events;
    this.clock = clock;
  }

  /** The job changed: its state is read now and announced. */
  void changed(UUID jobId) {
    try {
      jobs.find(null, jobId).ifPresent(this::announce);
    } catch (RuntimeException e) {
      log.warn("Could not announce the change of publish job {}", jobId, e);
    }
  }

  /** Announces the job as read. */
  void announce(PublishJob job) {
    try {
      events.publishEvent(event(job, clock));
    } catch (RuntimeException e) {
      log.warn("Could not announce the change of publish job {}", job.id(), e);
    }
  }

  static PublishJobChanged event(PublishJob job, Clock clock) {
    return new PublishJobChanged(
        job.id(),
        job.owner(),
        job.siteId(),
        job.siteName(),
        job.status().name(),
        job.statusReason(),
        job.total(),
        job.count(PublicationState.QUEUED),
        job.count(PublicationState.RUNNING),
        job.count(PublicationState.PUBLISHED),
        job.count(PublicationState.FAILED),
        job.count(PublicationState.GONE),
        job.count(PublicationState.CANCELLED),
        job.done(),
        clock.instant());
  }
}
