package com.bulkwriter.editing.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version in the history list: who, when, why, without its text. */
public record VersionSummary(
    int version,
    VersionReason reason,
    @Nullable String author,
    @Nullable Integer restoredFrom,
    String title,
    int wordCount,
    Instant createdAt) {}
