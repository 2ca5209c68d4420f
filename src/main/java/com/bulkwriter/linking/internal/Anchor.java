package com.bulkwriter.linking.internal;

import java.util.UUID;

/**
 * Where a link goes: the source text from {@code start} to {@code end} (exclusive) becomes the
 * link's anchor.
 */
record Anchor(UUID target, int start, int end, String text) {

  boolean overlaps(Anchor other) {
    return start < other.end && other.start < end;
  }
}
