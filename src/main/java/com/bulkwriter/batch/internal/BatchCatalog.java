package com.bulkwriter.batch.internal;

import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batches list: search, filters, order and paging (a statement made of only the conditions a
 * query uses), and the searchable keyword text it reads ({@code batch_keywords}), written with each
 * batch.
 */
@Repository
class BatchCatalog {

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate template;
  private final NamedQueries sql;
  private final Batches batches;
  private final TransactionTemplate transactions;
  private final boolean planEachQuery;

  BatchCatalog(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate template,
      Database database,
      Batches batches,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.template = template;
    this.sql = NamedQueries.load("batch-management", database);
    this.batches = batches;
    this.transactions = transactions;
    this.planEachQuery = database == Database.POSTGRESQL;
  }

  /**
   * One page of the live batches {@code scope} may see that match {@code query}. On PostgreSQL the
   * page and its count are planned for the values of this query (see plan-each-query in
   * batch-management.sql): both run in one transaction, which the setting lasts for.
   */
  PageOf<Batch> page(String scope, BatchQuery query, PageRequest page) {
    if (!planEachQuery) {
      return read(scope, query, page);
    }
    return transactions.execute(
        tx -> {
          jdbc.sql(sql.get("plan-each-query")).update();
          return read(scope, query, page);
        });
  }

  private PageOf<Batch> read(String scope, BatchQuery query, PageRequest page) {
    String filter = filter(scope, query);
    List<Batch> content =
        bind(
                sql.get("list-batches")
                    .replace("{filter}", filter)
                    .replace("{order}", order(query)),
                scope,
                query)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(batches::batch)
            .list();
    // a short first page holds every match: no need to count them
    long total =
        page.page() == 0 && content.size() < page.size()
            ? content.size()
            : bind(sql.get("count-listed-batches").replace("{filter}", filter), scope, query)
                .query(Long.class)
                .single();
    return PageOf.of(content, page, total);
  }

  /** The conditions {@code query} uses, and only those (see batch-management.sql). */
  private String filter(String scope, BatchQuery query) {
    List<String> conditions = new ArrayList<>();
    conditions.add(sql.get("filter-live"));
    if (scope != null) {
      conditions.add(sql.get("filter-scope"));
    }
    if (query.owner() != null) {
      conditions.add(sql.get("filter-owner"));
    }
    if (query.status() != null) {
      conditions.add(sql.get("filter-status"));
    }
    if (query.createdFrom() != null) {
      conditions.add(sql.get("filter-created-from"));
    }
    if (query.createdBefore() != null) {
      conditions.add(sql.get("filter-created-before"));
    }
    switch (query.archived()) {
      case EXCLUDED -> conditions.add(sql.get("filter-unarchived"));
      case ONLY -> conditions.add(sql.get("filter-archived"));
      case INCLUDED -> {}
    }
    String name = query.namePattern() == null ? null : sql.get("filter-name");
    String keyword = query.keywordPattern() == null ? null : sql.get("filter-keyword");
    if (name != null && keyword != null) {
      conditions.add("(" + name + " OR " + keyword + ")");
    } else if (name != null || keyword != null) {
      conditions.add(name != null ? name : keyword);
    }
    return String.join("\n  AND ", conditions);
  }

  private static String order(BatchQuery query) {
    return query.sort().orderBy(query.descending());
  }

  private JdbcClient.StatementSpec bind(String statement, String scope, BatchQuery query) {
    return jdbc.sql(statement)
        .param("scope", scope)
        .param("owner", query.owner())
        .param("status", query.status() == null ? null : query.status().name())
        .param("createdFrom", time(query.createdFrom()))
        .param("createdBefore", time(query.createdBefore()))
        .param("archived", query.archived().name())
        .param("namePattern", query.namePattern())
        .param("keywordPattern", query.keywordPattern());
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
