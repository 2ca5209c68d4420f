package com.bulkwriter.linking.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch's link settings.
 *
 * @param automatic link the batch's articles once it is written (completed)
 * @param maxLinks links per article, at most (0 to {@link LinkingProperties#LIMIT})
 * @param includeEarlier link to articles of the owner's earlier batches too
 * @param siteId with {@code includeEarlier}: only to those published on this site; {@code null} for
 *     every earlier batch
 */
public record LinkSettings(
    boolean automatic, int maxLinks, boolean includeEarlier, @Nullable UUID siteId) {}
