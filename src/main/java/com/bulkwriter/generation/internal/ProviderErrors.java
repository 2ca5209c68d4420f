package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import java.time.Duration;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classifies HTTP errors the same way for every provider: a rejected key, an unknown model or an
 * exhausted quota stop the provider (fatal), a refused input fails the article (permanent), a rate
 * limit waits without spending an attempt, everything else is worth another attempt.
 */
final class ProviderErrors {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  private ProviderErrors() {}

  /** The provider itself answered 429 (not our own limiter): the pace was too fast for it. */
  static final class TooManyRequests extends GenerationFailure {
    TooManyRequests(String message, Duration retryAfter) {
      super(Kind.RATE_LIMITED, message, retryAfter);
    }
  }

  static GenerationFailure classify(
      String provider, String prefix, int status, String body, Duration retryAfter) {
    String detail = detail(body);
    String lower = detail.toLowerCase(Locale.ROOT);
    String what = "%s answered %d: %s.".formatted(provider, status, detail);
    return switch (status) {
      case 401 ->
          GenerationFailure.fatal(
              "%s rejected the API key (401): %s. Check %s.api-key."
                  .formatted(provider, detail, prefix));
      case 403 ->
          GenerationFailure.fatal(
              "%s refused access (403): %s. Check the key's permissions."
                  .formatted(provider, detail));
      case 404 ->
          GenerationFailure.fatal(
              "%s does not know the model or endpoint (404): %s. Check %s.model and base-url."
                  .formatted(provider, detail, prefix));
      case 402 -> GenerationFailure.fatal(what + " Check the account's billing.");
      case 429 ->
          lower.contains("quota") || lower.contains("billing") || lower.contains("credit")
              ? GenerationFailure.fatal(
                  "%s says the quota is exhausted (429): %s. Add credit or raise the quota."
                      .formatted(provider, detail))
              : new TooManyRequests(
                  "%s is rate limiting (429)".formatted(provider),
                  retryAfter.isZero() ? DEFAULT_RATE_LIMIT_WAIT : retryAfter);
      case 400, 413, 422 ->
          lower.contains("model") && (lower.contains("not found") || lower.contains("not exist"))
              ? GenerationFailure.fatal(what + " Check " + prefix + ".model.")
              : GenerationFailure.permanent(what);
      default -> GenerationFailure.retryable(what, null);
    };
  }

  /** The error message of a JSON error body, or the start of whatever the body is. */
  static String detail(String body) {
    if (body == null || body.isBlank()) {
      return "no details";
    }
    try {
      JsonNode error = JSON.readTree(body).path("error");
      String message = error.path("message").asString("");
      String code = error.path("code").asString(error.path("type").asString(""));
      if (!message.isBlank()) {
        return code.isBlank() ? message : message + " (" + code + ")";
      }
    } catch (RuntimeException notJson) {
      // fall through to the raw text
    }
    String text = body.strip().replaceAll("\\s+", " ");
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
