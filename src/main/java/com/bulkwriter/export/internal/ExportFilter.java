package com.bulkwriter.export.internal;

/**
 * The batch page's filter, for an export of "all matching" (see {@link ExportRequest#filter()}).
 *
 * @param status an article state ({@code SUCCEEDED}, {@code FAILED}, …); absent for any
 * @param review {@code UNREVIEWED}, {@code APPROVED} or {@code REJECTED}; absent for any
 * @param search text in the keyword or title (case-insensitive); absent for any
 */
public record ExportFilter(String status, String review, String search) {}
