package com.bulkwriter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks over HTTP that the per-state counts the batches list shows for a batch (which a finished
 * batch keeps on its row) are its articles' real counts, as the batch page's article filter counts
 * them one state at a time, and that the batch's own page shows the same.
 */
public final class ListedCounts {

  private static final String[] STATES = {"queued", "running", "succeeded", "failed", "cancelled"};

  private ListedCounts() {}

  /** Asserts the list's counts of {@code batchId} are the real ones; answers them by state. */
  public static Map<String, Integer> assertReal(Api api, String batchId) {
    JsonNode listed = listed(api, batchId);
    Map<String, Integer> real = new LinkedHashMap<>();
    int total = 0;
    for (String state : STATES) {
      int count =
          api.get("/api/articles/queue/" + batchId + "?size=1&status=" + state.toUpperCase())
              .json()
              .get("items")
              .get("totalElements")
              .intValue();
      real.put(state, count);
      total += count;
    }
    Map<String, Integer> shown = new LinkedHashMap<>();
    Map<String, Integer> page = new LinkedHashMap<>();
    JsonNode own = api.get("/api/articles/queue/" + batchId).json().get("counts");
    for (String state : STATES) {
      shown.put(state, listed.get("counts").get(state).intValue());
      page.put(state, own.get(state).intValue());
    }
    assertThat(shown).as("the list's counts of batch %s", batchId).isEqualTo(real);
    assertThat(page).as("the batch page's counts of batch %s", batchId).isEqualTo(real);
    assertThat(listed.get("counts").get("total").intValue()).as("total").isEqualTo(total);
    return real;
  }

  /** The batch as the list shows it (every status, archived or not), found by its id. */
  private static JsonNode listed(Api api, String batchId) {
    for (int page = 0; ; page++) {
      JsonNode answer = api.get("/api/articles/queue?archived=all&size=100&page=" + page).json();
      for (JsonNode batch : answer.get("content")) {
        if (batch.get("id").stringValue().equals(batchId)) {
          return batch;
        }
      }
      if (answer.get("content").isEmpty()) {
        throw new AssertionError("Batch " + batchId + " is not in the list");
      }
    }
  }
}
