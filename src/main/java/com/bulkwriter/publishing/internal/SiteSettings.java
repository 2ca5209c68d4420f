package com.bulkwriter.publishing.internal;

import com.bulkwriter.support.InputError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A site's own settings as a user enters them: its request pace and the publish options the Publish
 * dialog starts from. A pace must leave a publication's lease longer than a request may take (see
 * {@link PublishingProperties}), so it is below {@code lease-duration − request-timeout}.
 */
final class SiteSettings {

  private static final Set<String> STATUSES = Set.of("draft", "publish");

  private SiteSettings() {}

  /** The settings, cleaned; an invalid field adds its error and is left out. */
  record Valid(Integer requestPaceMs, SiteDefaults defaults) {}

  static Valid validate(
      Integer requestPaceMs,
      SiteDefaults defaults,
      PublishingProperties properties,
      List<InputError> errors) {
    long most =
        properties.leaseDuration().minus(properties.requestTimeout()).minusMillis(1).toMillis();
    if (requestPaceMs != null && (requestPaceMs < 0 || requestPaceMs > most)) {
      errors.add(
          InputError.field(
              "requestPaceMs",
              "must be 0 to %d milliseconds (less than lease-duration minus request-timeout)"
                  .formatted(most)));
    }
    return new Valid(requestPaceMs, defaults(defaults, errors));
  }

  /** The pace to call a site at, from what is stored ({@code null}: the configured one). */
  static Duration pace(Integer requestPaceMs) {
    return requestPaceMs == null ? null : Duration.ofMillis(requestPaceMs);
  }

  private static SiteDefaults defaults(SiteDefaults defaults, List<InputError> errors) {
    if (defaults == null) {
      return null;
    }
    String status =
        defaults.status() == null || defaults.status().isBlank()
            ? null
            : defaults.status().strip().toLowerCase(Locale.ROOT);
    if (status != null && !STATUSES.contains(status)) {
      errors.add(InputError.field("defaults.status", "must be draft or publish"));
    }
    List<String> categories =
        PublishPlanner.names("defaults.categories", defaults.categories(), errors);
    List<String> tags = PublishPlanner.names("defaults.tags", defaults.tags(), errors);
    if (defaults.authorId() != null && defaults.authorId() < 1) {
      errors.add(InputError.field("defaults.authorId", "must be a WordPress user id (1 or more)"));
    }
    if (status == null && categories.isEmpty() && tags.isEmpty() && defaults.authorId() == null) {
      return null;
    }
    return new SiteDefaults(status, categories, tags, defaults.authorId());
  }
}
