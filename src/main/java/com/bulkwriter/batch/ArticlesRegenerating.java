package com.bulkwriter.batch;

import java.util.List;
import java.util.UUID;

/**
 * Finished articles of a batch are about to be written again: their text is still stored and is
 * cleared right after this announcement, in the same transaction. Published synchronously so that a
 * listener (the editing module keeps the text as a version) acts in that transaction, before the
 * text is gone.
 *
 * @param ids the articles asked for (some may turn out not to be finished and stay as they are)
 */
public record ArticlesRegenerating(UUID batchId, List<UUID> ids) {

  public ArticlesRegenerating {
    ids = List.copyOf(ids);
  }
}
