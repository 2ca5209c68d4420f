package com.bulkwriter.editing.internal;

/** Why an article has a new version. */
public enum VersionReason {
  /** The queue wrote the article's first result. */
  GENERATED,
  /** The queue wrote it again after a regenerate. */
  REGENERATED,
  /** A person saved changes. */
  EDITED,
  /** A person brought an earlier version back. */
  RESTORED,
  /** Internal links to other articles were added (the linking module). */
  LINKED
}
