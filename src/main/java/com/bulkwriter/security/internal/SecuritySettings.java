package com.bulkwriter.security.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts and their limits ({@code bulkwriter.security.*}).
 *
 * @param adminPassword the {@code admin} account's password ({@code BULKWRITER_ADMIN_PASSWORD});
 *     when unset, the first start makes a random one and writes it to the log and to {@code
 *     adminPasswordFile}
 * @param adminPasswordFile file name, inside {@code bulkwriter.data-dir}, of the generated first
 *     admin password (default {@code admin-password.txt})
 * @param maxQueuedArticles articles one user may have queued or running at once (default 20,000)
 * @param maxArticlesPerDay articles one user may submit in any 24 hours (default 50,000)
 * @param loginFreeAttempts failed sign-ins of one username from one client address before that pair
 *     has to wait (default 5)
 * @param loginBackoff the first wait of such a pair; it doubles with each further failure (default
 *     1 second)
 * @param loginBackoffMax the longest wait of a pair (default 15 minutes)
 * @param loginAttemptsPerAddress failed sign-ins allowed per client address, whatever the
 *     usernames, within {@code loginWindow} (default 50)
 * @param loginWindow the time over which an address's failures are counted (its allowance refills
 *     gradually over it), and after which a pair's failures are forgotten once its wait is over
 *     (default 10 minutes)
 * @param publicUrl the address users reach the product at, e.g. {@code https://writer.example.com}
 *     ({@code BULKWRITER_PUBLIC_URL}); when it is https, cookies are Secure and every answer sends
 *     HSTS. Unset (the default): neither.
 * @param signInRecheckInterval how often each node checks that the sign-in of every open WebSocket
 *     still holds, which closes those whose sign-in was ended on another node (default 2 seconds;
 *     on the node that ends it they close at once)
 */
@ConfigurationProperties("bulkwriter.security")
public record SecuritySettings(
    String adminPassword,
    String adminPasswordFile,
    Integer maxQueuedArticles,
    Integer maxArticlesPerDay,
    Integer loginFreeAttempts,
    Duration loginBackoff,
    Duration loginBackoffMax,
    Integer loginAttemptsPerAddress,
    Duration loginWindow,
    URI publicUrl,
    Duration signInRecheckInterval) {

  public SecuritySettings {
    if (adminPassword != null && adminPassword.isBlank()) {
      adminPassword = null;
    }
    if (adminPasswordFile == null || adminPasswordFile.isBlank()) {
      adminPasswordFile = "admin-password.txt";
    }
    maxQueuedArticles = positive(maxQueuedArticles, 20_000, "max-queued-articles");
    maxArticlesPerDay = positive(maxArticlesPerDay, 50_000, "max-articles-per-day");
    loginFreeAttempts = positive(loginFreeAttempts, 5, "login-free-attempts");
    loginAttemptsPerAddress = positive(loginAttemptsPerAddress, 50, "login-attempts-per-address");
    loginBackoff = positive(loginBackoff, Duration.ofSeconds(1), "login-backoff");
    loginBackoffMax = positive(loginBackoffMax, Duration.ofMinutes(15), "login-backoff-max");
    loginWindow = positive(loginWindow, Duration.ofMinutes(10), "login-window");
    signInRecheckInterval =
        positive(signInRecheckInterval, Duration.ofSeconds(2), "sign-in-recheck-interval");
    if (publicUrl != null && publicUrl.toString().isBlank()) {
      publicUrl = null;
    }
    if (publicUrl != null
        && (publicUrl.getHost() == null
            || !("https".equalsIgnoreCase(publicUrl.getScheme())
                || "http".equalsIgnoreCase(publicUrl.getScheme())))) {
      throw new IllegalArgumentException(
          "bulkwriter.security.public-url must be an http(s) address such as"
              + " https://writer.example.com, not "
              + publicUrl);
    }
  }

  /** Whether users reach the product over https (behind a TLS proxy or not). */
  public boolean https() {
    return publicUrl != null && "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("bulkwriter.security." + name + " must be positive");
    }
    return value;
  }

  private static int positive(Integer value, int fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.security." + name + " must be at least 1, not " + value);
    }
    return value;
  }
}
