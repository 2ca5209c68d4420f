package com.bulkwriter.publishing.internal;

import java.time.Instant;
import java.util.List;

/**
 * What "Test connection" found: whether the REST API answers, the password is accepted, and the
 * user may create posts, terms and media.
 *
 * @param ok everything publishing needs is there
 * @param restApi the REST API answers at {@code /wp-json/}
 * @param authenticated the username and application password were accepted
 * @param canPublishPosts the user may create and publish posts ({@code publish_posts})
 * @param canManageTerms the user may create categories and tags ({@code manage_categories})
 * @param canUploadMedia the user may upload media ({@code upload_files})
 * @param siteName the site's name as WordPress says it
 * @param timezone the site's timezone (a region like Europe/Berlin, or an offset like +02:00)
 * @param problems what is missing, in words a user can act on; empty when {@code ok}
 */
public record ConnectionCheck(
    boolean ok,
    boolean restApi,
    boolean authenticated,
    boolean canPublishPosts,
    boolean canManageTerms,
    boolean canUploadMedia,
    String siteName,
    String timezone,
    List<String> problems,
    Instant checkedAt) {}
