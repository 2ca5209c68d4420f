package com.bulkwriter.publishing.internal;

/** Where one article's publication to one site stands; see {@link PublicationTransition}. */
public enum PublicationState {
  /** waiting for a worker (or for its next attempt) */
  QUEUED,
  /** a worker holds its lease and talks to the site */
  RUNNING,
  /** the post exists on the site with this article's content */
  PUBLISHED,
  /** a permanent error, or attempts exhausted; {@code last_error} says why */
  FAILED,
  /** the post was deleted on the site; nothing is created again unless asked to */
  GONE,
  /** its job was cancelled before it ran */
  CANCELLED
}
