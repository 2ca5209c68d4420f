package com.bulkwriter.webhooks.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one list of event types a webhook can carry, by their wire names. {@code article.published}
 * is announced by the publishing module; {@code webhook.test} is only sent by "Send test" and
 * cannot be subscribed to.
 */
public enum EventType {
  BATCH_COMPLETED("batch.completed"),
  BATCH_PAUSED("batch.paused"),
  EXPORT_READY("export.ready"),
  ARTICLE_PUBLISHED("article.published"),
  TEST("webhook.test");

  private final String key;

  EventType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The types users may subscribe an endpoint to, in the order the UI offers them. */
  public static List<EventType> subscribable() {
    return Arrays.stream(values()).filter(type -> type != TEST).toList();
  }

  /** The subscribable type of this wire name, if any. */
  public static Optional<EventType> parse(String key) {
    return subscribable().stream().filter(type -> type.key.equals(key)).findFirst();
  }
}
