package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The batches list: search, filters, order and paging in one statement, and the searchable keyword
 * text it reads ({@code batch_keywords}), written with each batch.
 */
@Repository
class BatchCatalog {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate template;
  private final NamedQueries sql;
  private final Batches batches;

  BatchCatalog(
      JdbcClient jdbc, NamedParameterJdbcTemplate template, Database database, Batches batches) {
    this.jdbc = jdbc;
    this.template = template;
    this.sql = NamedQueries.load("batch-management", database);
    this.batches = batches;
  }

  /** One page of the live batches {@code scope} may see that match {@code query}. */
  PageOf<Batch> page(String scope, BatchQuery query, PageRequest page) {
    List<Long> matches = new ArrayList<>(1);
    List<Batch> content = list(scope, query, page.size(), page.offset(), matches);
    if (content.isEmpty() && page.page() > 0) {
      // past the last page: the count comes from the first row of the list
      list(scope, query, 1, 0, matches);
    }
    return PageOf.of(content, page, matches.isEmpty() ? 0 : matches.getFirst());
  }

  private List<Batch> list(
      String scope, BatchQuery query, int limit, long offset, List<Long> matches) {
    String statement =
        sql.get("list-batches").replace("{order}", query.sort().orderBy(query.descending()));
    return jdbc.sql(statement)
        .param("scope", scope)
        .param("owner", query.owner())
        .param("status", query.status() == null ? null : query.status().name())
        .param("createdFrom", time(query.createdFrom()))
        .param("createdBefore", time(query.createdBefore()))
        .param("archived", query.archived().name())
        .param("namePattern", query.namePattern())
        .param("keywordPattern", query.keywordPattern())
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (ResultSet rs, int row) -> {
              if (row == 0) {
                matches.clear();
                matches.add(rs.getLong("matches"));
              }
              return batches.batch(rs, row);
            })
        .list();
  }

  /** Stores the searchable text of a new batch's keywords; in the transaction of its insert. */
  void index(UUID batchId, List<String> keywords) {
    List<String> parts = KeywordText.parts(keywords);
    MapSqlParameterSource[] rows = new MapSqlParameterSource[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      rows[i] =
          new MapSqlParameterSource()
              .addValue("batchId", batchId)
              .addValue("part", i)
              .addValue("keywords", parts.get(i));
    }
    template.batchUpdate(sql.get("insert-batch-keywords"), rows);
  }
}
