package com.bulkwriter.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.DatabaseUnderTest;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V22 turns the stored versions of V11 into copy-on-write ones: the current version's facts move
 * onto the article and its copy goes, while the replaced versions and those of an article being
 * regenerated stay.
 */
class CurrentVersionMigrationTest {

  @ParameterizedTest
  @EnumSource(DatabaseUnderTest.class)
  void theCurrentVersionMovesOntoTheArticleAndOnlyReplacedVersionsStayStored(
      DatabaseUnderTest database) {
    var dataSource = database.dataSource();
    Flyway.configure().dataSource(dataSource).target("16").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    UUID batch = UUID.randomUUID();
    UUID edited = UUID.randomUUID();
    UUID regenerating = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO batches (id, owner, name, status, settings, total, created_at, updated_at)"
                + " VALUES (:id, 'ann', 'Old', 'RUNNING', '{}', 2, NOW(), NOW())")
        .param("id", batch)
        .update();
    article(jdbc, batch, edited, 1, "SUCCEEDED", 2, "Edited title");
    article(jdbc, batch, regenerating, 2, "QUEUED", 1, null);
    version(jdbc, edited, 1, "GENERATED", null, "Written title");
    version(jdbc, edited, 2, "EDITED", "ann", "Edited title");
    version(jdbc, regenerating, 1, "GENERATED", null, "Before the regenerate");

    Flyway.configure().dataSource(dataSource).load().migrate();

    assertThat(
            jdbc.sql("SELECT version_reason, version_author FROM articles WHERE id = :id")
                .param("id", edited)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .single())
        .isEqualTo("EDITED ann");
    assertThat(
            jdbc.sql("SELECT article_id, version, title FROM article_versions" + " ORDER BY title")
                .query(
                    (rs, n) ->
                        (rs.getObject(1, UUID.class).equals(edited) ? "edited " : "regenerating ")
                            + rs.getInt(2)
                            + " "
                            + rs.getString(3))
                .list())
        .containsExactly("regenerating 1 Before the regenerate", "edited 1 Written title");
  }

  private static void article(
      JdbcClient jdbc, UUID batch, UUID id, int ordinal, String status, int version, String title) {
    jdbc.sql(
            "INSERT INTO articles (id, batch_id, ordinal, keyword, status, next_attempt_at, title,"
                + " body, version, created_at, updated_at) VALUES (:id, :batch, :ordinal, 'k',"
                + " :status, NOW(), :title, :body, :version, NOW(), NOW())")
        .param("id", id)
        .param("batch", batch)
        .param("ordinal", ordinal)
        .param("status", status)
        .param("title", title)
        .param("body", title == null ? null : "# " + title)
        .param("version", version)
        .update();
  }

  private static void version(
      JdbcClient jdbc, UUID article, int version, String reason, String author, String title) {
    jdbc.sql(
            "INSERT INTO article_versions (article_id, version, reason, author, title, body,"
                + " created_at) VALUES (:id, :version, :reason, :author, :title, :body, NOW())")
        .param("id", article)
        .param("version", version)
        .param("reason", reason)
        .param("author", author)
        .param("title", title)
        .param("body", "# " + title)
        .update();
  }
}
