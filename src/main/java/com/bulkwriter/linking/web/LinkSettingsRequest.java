package com.bulkwriter.linking.web;

import com.bulkwriter.linking.internal.LinkSettings;
import com.bulkwriter.linking.internal.LinkingProperties;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change of a batch's link settings; a field left out keeps its current value.
 *
 * @param automatic link the batch once it is written
 * @param maxLinks links per article, at most, 0 to 10
 * @param includeEarlier link to the owner's earlier batches too
 * @param siteId with includeEarlier: only to their articles published on this site
 */
record LinkSettingsRequest(
    @Nullable Boolean automatic,
    @Schema(minimum = "0", maximum = "10") @Nullable Integer maxLinks,
    @Nullable Boolean includeEarlier,
    @Nullable UUID siteId) {

  /** {@code current} changed by this request, or 400 naming every bad field. */
  LinkSettings applyTo(LinkSettings current) {
    List<InputError> errors = new ArrayList<>();
    if (maxLinks != null && (maxLinks < 0 || maxLinks > LinkingProperties.LIMIT)) {
      errors.add(
          InputError.field(
              "maxLinks",
              "must be between 0 and " + LinkingProperties.LIMIT + " links per article"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The link settings are not valid", errors);
    }
    return new LinkSettings(
        automatic != null ? automatic : current.automatic(),
        maxLinks != null ? maxLinks : current.maxLinks(),
        includeEarlier != null ? includeEarlier : current.includeEarlier(),
        siteId != null ? siteId : includeEarlier != null ? null : current.siteId());
  }
}
