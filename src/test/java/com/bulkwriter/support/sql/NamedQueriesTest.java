package com.bulkwriter.support.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {

  private final NamedQueries h2 = NamedQueries.load("named-queries-test", Database.H2);
  private final NamedQueries postgresql =
      NamedQueries.load("named-queries-test", Database.POSTGRESQL);

  @Test
  void eachStatementRunsFromItsHeaderToTheNextWithoutSurroundingBlankLines() {
    assertThat(h2.get("plain")).isEqualTo("SELECT 1");
    assertThat(h2.get("multi-line"))
        .isEqualTo(
            """
            SELECT id, name
            FROM things
            -- a comment inside a statement stays part of it
            WHERE id = :id""");
  }

  @Test
  void theLastStatementRunsToTheEndOfTheFile() {
    assertThat(h2.get("last")).isEqualTo("SELECT 'last statement, no trailing newline'");
  }

  @Test
  void aHeaderMayOmitTheSpaces() {
    assertThat(h2.get("tight")).isEqualTo("SELECT 'header without spaces'");
  }

  @Test
  void aDatabaseVariantWinsOnThatDatabaseOnly() {
    assertThat(postgresql.get("claim"))
        .isEqualTo("SELECT 'postgresql claim' FOR UPDATE SKIP LOCKED");
    assertThat(h2.get("claim")).isEqualTo("SELECT 'generic claim'");
  }

  @Test
  void aDatabaseVariantWinsWhereverItStandsInTheFile() {
    assertThat(postgresql.get("postgresql-first"))
        .isEqualTo("SELECT 'postgresql, listed before the generic one'");
    assertThat(h2.get("postgresql-first")).isEqualTo("SELECT 'generic, listed after the variant'");
  }

  @Test
  void aVariantForAnotherDatabaseIsNotAvailable() {
    assertThat(h2.get("only-h2")).isEqualTo("SELECT 'h2 only'");
    assertThat(postgresql.get("only-postgresql")).isEqualTo("SELECT 'postgresql only'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h2.get("only-postgresql"))
        .withMessage("No SQL statement named only-postgresql");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> postgresql.get("only-h2"))
        .withMessage("No SQL statement named only-h2");
  }

  @Test
  void statementsThatAreTheSameEverywhereAreSharedByBothDatabases() {
    assertThat(postgresql.get("plain")).isEqualTo(h2.get("plain"));
    assertThat(postgresql.get("last")).isEqualTo(h2.get("last"));
  }

  @Test
  void anUnknownNameFailsLoudly() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h2.get("no-such-statement"))
        .withMessage("No SQL statement named no-such-statement");
  }

  @Test
  void aVariantNameIsNotItselfAStatementName() {
    assertThatIllegalArgumentException().isThrownBy(() -> postgresql.get("claim[postgresql]"));
  }

  @Test
  void aMissingFileFailsNamingItsPath() {
    assertThatThrownBy(() -> NamedQueries.load("does-not-exist", Database.H2))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("Cannot read sql/does-not-exist.sql");
  }

  @Test
  void theModulesOwnFilesLoadOnBothDatabases() {
    for (Database database : Database.values()) {
      assertThat(NamedQueries.load("batch", database).get("insert-batch"))
          .startsWith("INSERT INTO batches");
      assertThat(NamedQueries.load("queue", database).get("claim")).isNotBlank();
    }
  }
}
