package com.bulkwriter.export.internal;

import java.util.List;

/**
 * What a user asks to export, as sent: ids and names are strings so that each bad one can be named
 * in the answer rather than failing the whole body.
 *
 * @param batchIds the batches in scope, in archive order (required)
 * @param articleIds a chosen set of articles of those batches; absent for all finished articles
 * @param formats any of {@code docx}, {@code md}, {@code txt}, {@code html} (required)
 * @param layout {@code by-format} (default) or {@code by-article}
 * @param include {@code finished} (default): only articles with a result; {@code all}: also the
 *     queued, running, failed and cancelled ones, listed in the manifests with their status
 * @param approvedOnly only approved articles get files; the others are listed in the manifests with
 *     why they were left out (default false)
 * @param filter "all matching the batch page's filter": the batches' articles by state, review
 *     state and a search in keyword and title (instead of {@code articleIds})
 */
public record ExportRequest(
    List<String> batchIds,
    List<String> articleIds,
    List<String> formats,
    String layout,
    String include,
    Boolean approvedOnly,
    ExportFilter filter) {

  public boolean onlyApproved() {
    return Boolean.TRUE.equals(approvedOnly);
  }
}
