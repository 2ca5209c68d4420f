package com.bulkwriter.economy.internal;

import com.bulkwriter.generation.BatchApi;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * The custom_id of a request in a provider batch: the article's id, then {@code _} and the intent's
 * id (22 characters of URL-safe Base64), 59 characters in all, inside Anthropic's 64 and pattern
 * {@code [a-zA-Z0-9_-]}; a step of a long article adds {@code _} and the step's number ({@code _0}
 * the outline, {@code _1}, {@code _2}, … its sections: 61 to 64 characters). A result names the
 * intent it was sent for, so a provider batch found again by what the provider shows of it
 * (Anthropic's have no metadata) can only store its own answers.
 */
final class CustomIds {

  private static final int UUID_LENGTH = 36;

  /** Anthropic's limit on a custom_id. */
  private static final int MAX_LENGTH = 64;

  /**
   * What a custom_id names.
   *
   * @param article the article
   * @param step {@link BatchApi#WHOLE_ARTICLE}, or the step of a long article
   */
  record Request(UUID article, int step) {}

  private CustomIds() {}

  static String of(UUID article, UUID intent) {
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(intent.getMostSignificantBits()).putLong(intent.getLeastSignificantBits());
    return article + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** The custom_id of step {@code step} of an article ({@link BatchApi#WHOLE_ARTICLE}: none). */
  static String of(UUID article, UUID intent, int step) {
    if (step == BatchApi.WHOLE_ARTICLE) {
      return of(article, intent);
    }
    String id = of(article, intent) + "_" + step;
    if (step < 0 || id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("No custom_id for step " + step);
    }
    return id;
  }

  /**
   * The request a result of {@code intent} is for; {@code null} when the custom_id is not ours or
   * names another intent. A bare article id (sent before custom_ids named the intent) and one
   * without a step (a whole article) are accepted.
   */
  static Request request(String customId, UUID intent) {
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
      return new Request(article, BatchApi.WHOLE_ARTICLE);
    }
    String whole = of(article, intent);
    if (customId.equals(whole)) {
      return new Request(article, BatchApi.WHOLE_ARTICLE);
    }
    String step = customId.startsWith(whole + "_") ? customId.substring(whole.length() + 1) : "";
    if (step.isEmpty() || step.length() > 4 || !step.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return new Request(article, Integer.parseInt(step));
  }

  /** The article a result of {@code intent} is for, whatever its step; see {@link #request}. */
  static UUID article(String customId, UUID intent) {
    Request request = request(customId, intent);
    return request == null ? null : request.article();
  }
}
