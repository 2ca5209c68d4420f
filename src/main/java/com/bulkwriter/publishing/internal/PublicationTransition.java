package com.bulkwriter.publishing.internal;

import static com.bulkwriter.publishing.internal.PublicationState.CANCELLED;
import static com.bulkwriter.publishing.internal.PublicationState.FAILED;
import static com.bulkwriter.publishing.internal.PublicationState.GONE;
import static com.bulkwriter.publishing.internal.PublicationState.PUBLISHED;
import static com.bulkwriter.publishing.internal.PublicationState.QUEUED;
import static com.bulkwriter.publishing.internal.PublicationState.RUNNING;

import java.util.List;
import java.util.Set;

/**
 * The one table of publication moves; every SQL statement that changes a state binds its {@code
 * from} and {@code to} from here, so the SQL cannot allow what the table does not.
 */
public enum PublicationTransition {
  /** a worker takes it and holds a lease */
  CLAIM(Set.of(QUEUED), RUNNING),
  /** the post is created or updated and its id stored, fenced by the lease */
  SUCCEED(Set.of(RUNNING), PUBLISHED),
  /** a retryable error (5xx, timeout): next attempt after backoff; the attempt counts */
  RETRY_LATER(Set.of(RUNNING), QUEUED),
  /** 429/503 with Retry-After, or the job was paused: back without spending the attempt */
  THROTTLE(Set.of(RUNNING), QUEUED),
  /** its lease expired (the node died or hung); whether the post was created is now uncertain */
  RESCUE(Set.of(RUNNING), QUEUED),
  /** a permanent error, or attempts exhausted */
  FAIL(Set.of(RUNNING), FAILED),
  /** the stored post no longer exists on the site (deleted, or in the trash) */
  VANISH(Set.of(RUNNING), GONE),
  /** a new publish job takes the article again: the same post is updated */
  REQUEUE(Set.of(QUEUED, PUBLISHED, FAILED, GONE, CANCELLED), QUEUED),
  /** its job was cancelled */
  CANCEL(Set.of(QUEUED), CANCELLED);

  private final Set<PublicationState> from;
  private final PublicationState to;

  PublicationTransition(Set<PublicationState> from, PublicationState to) {
    this.from = from;
    this.to = to;
  }

  public PublicationState to() {
    return to;
  }

  public boolean allows(PublicationState state) {
    return from.contains(state);
  }

  /** The {@code from} states as names, to bind to {@code state IN (:from)}. */
  public List<String> fromNames() {
    return from.stream().map(Enum::name).sorted().toList();
  }
}
