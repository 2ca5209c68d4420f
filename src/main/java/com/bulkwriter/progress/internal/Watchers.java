package com.bulkwriter.progress.internal;

import com.bulkwriter.batch.BatchProgress;
import com.bulkwriter.security.CurrentOwner;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may watch a batch's events: its owner, and every admin. */
@Component
public class Watchers {

  private final BatchProgress batches;

  Watchers(BatchProgress batches) {
    this.batches = batches;
  }

  /** Whether {@code user} may see the batch's events; false for a batch that does not exist. */
  public boolean mayWatch(Authentication user, UUID batchId) {
    if (user == null || !user.isAuthenticated()) {
      return false;
    }
    boolean admin =
        user.getAuthorities().stream()
            .anyMatch(authority -> CurrentOwner.ADMIN_AUTHORITY.equals(authority.getAuthority()));
    return batches
        .of(batchId)
        .map(batch -> admin || batch.owner().equals(user.getName()))
        .orElse(false);
  }
}
