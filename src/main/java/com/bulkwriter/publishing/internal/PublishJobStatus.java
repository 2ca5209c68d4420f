package com.bulkwriter.publishing.internal;

/**
 * A publish job: RUNNING → PAUSED (by the user, or by the site refusing us: wrong password, missing
 * capability, REST API off, bad certificate) → RUNNING again on resume; RUNNING or PAUSED →
 * CANCELLED; RUNNING → COMPLETED once none of its publications is queued or running.
 */
public enum PublishJobStatus {
  RUNNING,
  PAUSED,
  COMPLETED,
  CANCELLED
}
