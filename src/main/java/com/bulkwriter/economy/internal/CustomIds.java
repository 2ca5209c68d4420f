package com.bulkwriter.economy.internal;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * The custom_id of a request in a provider batch: the article's id, then {@code _} and the intent's
 * id (22 characters of URL-safe Base64), 59 characters in all, inside Anthropic's 64 and pattern
 * {@code [a-zA-Z0-9_-]}. A result names the intent it was sent for, so a provider batch found again
 * by what the provider shows of it (Anthropic's have no metadata) can only store its own answers.
 */
final class CustomIds {

  private static final int UUID_LENGTH = 36;

  private CustomIds() {}

  static String of(UUID article, UUID intent) {
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(intent.getMostSignificantBits()).putLong(intent.getLeastSignificantBits());
    return article + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /**
   * The article a result of {@code intent} is for; {@code null} when the custom_id is not ours or
   * names another intent. A bare article id (sent before custom_ids named the intent) is accepted.
   */
  static UUID article(String customId, UUID intent) {
    if (customId == null || customId.length() < UUID_LENGTH) {
      return null;
    }
    UUID article;
    try {
      article = UUID.fromString(customId.substring(0, UUID_LENGTH));
    } catch (IllegalArgumentException notOurs) {
      return null;
    }
    if (customId.length() == UUID_LENGTH) {
      return article;
    }
    return customId.equals(of(article, intent)) ? article : null;
  }
}
