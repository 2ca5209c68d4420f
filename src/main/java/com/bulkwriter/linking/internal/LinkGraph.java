package com.bulkwriter.linking.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch's internal links as a graph: its written articles (and the earlier articles it links to),
 * the links between them, and which of its articles no article links to (orphans).
 *
 * @param linkedAt when links were last added, {@code null} if never
 * @param orphans how many of the batch's articles have no link in
 */
public record LinkGraph(
    UUID batchId,
    LinkSettings settings,
    @Nullable Instant linkedAt,
    List<LinkNode> articles,
    List<LinkEdge> links,
    int orphans) {

  /**
   * One article.
   *
   * @param inbound links to it, from any article
   * @param outbound links from it
   * @param orphan an article of the batch no article links to
   * @param earlier an article of another batch the batch links to
   */
  public record LinkNode(
      UUID id,
      UUID batchId,
      String title,
      @Nullable String slug,
      int inbound,
      int outbound,
      boolean orphan,
      boolean earlier) {}

  /** One link: {@code anchor} in {@code source} links to {@code target}. */
  public record LinkEdge(UUID source, UUID target, String anchor) {}
}
