package com.bulkwriter.support.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that encrypts secrets at rest (site application passwords, webhook signing secrets).
 *
 * @param key 32 random bytes, base64 ({@code openssl rand -base64 32}); application.properties
 *     reads it from {@code BULKWRITER_SECRETS_KEY}. Empty: no secret can be stored. Never logged or
 *     returned.
 */
@ConfigurationProperties("bulkwriter.secrets")
public record SecretsProperties(String key) {

  public SecretsProperties {
    key = key == null ? "" : key.strip();
  }

  @Override
  public String toString() {
    return "SecretsProperties[key=" + (key.isEmpty() ? "unset" : "set") + "]";
  }
}
