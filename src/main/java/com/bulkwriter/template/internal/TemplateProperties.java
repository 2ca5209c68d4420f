package com.bulkwriter.template.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every tunable of templates.
 *
 * @param maxPerOwner templates one user may keep (private and shared together); one more is refused
 *     with 429
 * @param maxListed most templates one list answers (a user's own and the shared ones, by name)
 */
@ConfigurationProperties("bulkwriter.templates")
public record TemplateProperties(Integer maxPerOwner, Integer maxListed) {

  public TemplateProperties {
    maxPerOwner = maxPerOwner == null ? 100 : maxPerOwner;
    maxListed = maxListed == null ? 500 : maxListed;
    if (maxPerOwner < 1 || maxListed < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.templates.max-per-owner and max-listed must be at least 1");
    }
  }
}
