package com.bulkwriter.publishing.internal;

/**
 * The batch page's filter, to publish "all matching" articles of a batch (see {@link
 * PublishRequest#filter()}): only written ones are published.
 *
 * @param status an article state; absent for any (only SUCCEEDED ones have text)
 * @param review {@code UNREVIEWED}, {@code APPROVED} or {@code REJECTED}; absent for any
 * @param search text in the keyword or title (case-insensitive); absent for any
 */
public record PublishFilter(String status, String review, String search) {}
