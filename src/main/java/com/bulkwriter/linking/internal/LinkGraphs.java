package com.bulkwriter.linking.internal;

import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a batch's link graph and its link settings, within the caller's scope. */
@Component
public class LinkGraphs {

  private final JdbcClient jdbc;
  private final NamedQueries sql;
  private final Links links;
  private final BatchLinkSettings settings;

  LinkGraphs(JdbcClient jdbc, Database database, Links links, BatchLinkSettings settings) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("linking", database);
    this.links = links;
    this.settings = settings;
  }

  public LinkGraph graph(@Nullable String owner, UUID batchId) {
    requireBatch(owner, batchId);
    BatchLinkSettings.Stored stored = settings.of(batchId);
    List<LinkGraph.LinkNode> articles =
        new ArrayList<>(
            jdbc.sql(sql.get("graph-articles"))
                .param("batchId", batchId)
                .query(
                    (rs, n) -> {
                      int inbound = rs.getInt("inbound");
                      return article(rs, inbound, rs.getInt("outbound"), inbound == 0, false);
                    })
                .list());
    int orphans = (int) articles.stream().filter(LinkGraph.LinkNode::orphan).count();
    articles.addAll(
        jdbc.sql(sql.get("graph-earlier"))
            .param("batchId", batchId)
            .query((rs, n) -> article(rs, 0, 0, false, true))
            .list());
    List<LinkGraph.LinkEdge> edges =
        jdbc.sql(sql.get("graph-links"))
            .param("batchId", batchId)
            .query(
                (rs, n) ->
                    new LinkGraph.LinkEdge(
                        rs.getObject("source_id", UUID.class),
                        rs.getObject("target_id", UUID.class),
                        rs.getString("anchor")))
            .list();
    return new LinkGraph(batchId, stored.settings(), stored.linkedAt(), articles, edges, orphans);
  }

  public LinkSettings settings(@Nullable String owner, UUID batchId) {
    requireBatch(owner, batchId);
    return settings.of(batchId).settings();
  }

  public LinkSettings change(@Nullable String owner, UUID batchId, LinkSettings changed) {
    requireBatch(owner, batchId);
    settings.save(batchId, changed);
    return changed;
  }

  private void requireBatch(@Nullable String owner, UUID batchId) {
    if (links.batch(owner, batchId).isEmpty()) {
      throw new NotFoundException("No such batch: " + batchId);
    }
  }

  private static LinkGraph.LinkNode article(
      ResultSet rs, int inbound, int outbound, boolean orphan, boolean earlier)
      throws SQLException {
    String title = rs.getString("title");
    return new LinkGraph.LinkNode(
        rs.getObject("id", UUID.class),
        rs.getObject("batch_id", UUID.class),
        title == null || title.isBlank() ? rs.getString("keyword") : title,
        rs.getString("slug"),
        inbound,
        outbound,
        orphan,
        earlier);
  }
}
