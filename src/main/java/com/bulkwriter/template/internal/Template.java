package com.bulkwriter.template.internal;

import com.bulkwriter.batch.BatchSettings;
import java.time.Instant;
import java.util.UUID;

/**
 * A named set of batch settings.
 *
 * @param owner the user who created it; only they (or an admin) change or delete it
 * @param shared whether every user can read and use it; otherwise only its owner (and admins)
 * @param settings complete batch settings, outline template and required phrases included
 */
public record Template(
    UUID id,
    String owner,
    String name,
    boolean shared,
    BatchSettings settings,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether {@code user} may change or delete it: its owner, or an admin. */
  public boolean editableBy(String user, boolean admin) {
    return admin || owner.equals(user);
  }

  Template changed(String newName, boolean newShared, BatchSettings newSettings, Instant now) {
    return new Template(id, owner, newName, newShared, newSettings, createdAt, now);
  }
}
