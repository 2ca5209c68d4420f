package com.bulkwriter.publishing.internal;

import java.util.List;

/**
 * What the Publish dialog starts from for a site (its user may change each before publishing).
 *
 * @param status {@code draft} or {@code publish} (a schedule is planned per job)
 * @param categories category names, at most 20
 * @param tags tag names, at most 20
 * @param authorId the WordPress user id of the author, else {@code null} (the connected user)
 */
public record SiteDefaults(
    String status, List<String> categories, List<String> tags, Long authorId) {}
