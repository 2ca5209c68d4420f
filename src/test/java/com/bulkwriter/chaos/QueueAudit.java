package com.bulkwriter.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the database holds for a batch at the end of a scenario, read straight from the {@code
 * articles} table: every keyword must have exactly one article, SUCCEEDED, and nothing may be left
 * QUEUED or RUNNING or holding a lease.
 */
record QueueAudit(Map<String, List<String>> statesByKeyword, int leasesHeld, int maxAttempts) {

  static QueueAudit of(Connection connection, UUID batchId) throws SQLException {
    Map<String, List<String>> states = new HashMap<>();
    int leases = 0;
    int attempts = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT keyword, status, lease_owner, attempts FROM articles WHERE batch_id = ?")) {
      select.setObject(1, batchId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          states.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
          leases += rows.getString(3) == null ? 0 : 1;
          attempts = Math.max(attempts, rows.getInt(4));
        }
      }
    }
    return new QueueAudit(states, leases, attempts);
  }

  /** RUNNING articles of any batch whose lease {@code nodeId} holds. */
  static int heldBy(Connection connection, String nodeId) throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT count(*) FROM articles WHERE lease_owner = ? AND status = 'RUNNING'")) {
      count.setString(1, nodeId);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  /** Keywords without a SUCCEEDED article. */
  long lost(List<String> keywords) {
    return keywords.stream()
        .filter(k -> !statesByKeyword.getOrDefault(k, List.of()).contains("SUCCEEDED"))
        .count();
  }

  /** Articles beyond the first per keyword. */
  int duplicates() {
    return statesByKeyword.values().stream().mapToInt(rows -> rows.size() - 1).sum();
  }

  long inState(String... states) {
    List<String> wanted = List.of(states);
    return statesByKeyword.values().stream().flatMap(List::stream).filter(wanted::contains).count();
  }

  /** 0 lost, 0 duplicate rows, 0 stuck, 0 failed, no lease left. */
  void assertClean(List<String> keywords) {
    assertThat(lost(keywords)).as("keywords without a SUCCEEDED article (lost)").isZero();
    assertThat(duplicates()).as("articles beyond one per keyword (duplicates)").isZero();
    assertThat(statesByKeyword.keySet()).as("keywords in the database").hasSize(keywords.size());
    assertThat(inState("QUEUED", "RUNNING")).as("articles QUEUED or RUNNING (stuck)").isZero();
    assertThat(inState("FAILED")).as("articles FAILED").isZero();
    assertThat(leasesHeld).as("articles still holding a lease").isZero();
  }

  @Override
  public String toString() {
    return "%d keywords, %d duplicate rows, %d stuck, %d failed"
        .formatted(
            statesByKeyword.size(), duplicates(), inState("QUEUED", "RUNNING"), inState("FAILED"));
  }
}
