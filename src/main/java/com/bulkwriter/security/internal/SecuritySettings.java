package com.bulkwriter.security.internal;

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
 * @param loginAttemptsPerAccount failed sign-ins allowed per account within {@code loginWindow}
 *     (default 10)
 * @param loginAttemptsPerAddress failed sign-ins allowed per client address within {@code
 *     loginWindow} (default 50)
 * @param loginWindow the time over which failed sign-ins are counted; the allowance refills
 *     gradually over it (default 10 minutes)
 */
@ConfigurationProperties("bulkwriter.security")
public record SecuritySettings(
    String adminPassword,
    String adminPasswordFile,
    Integer maxQueuedArticles,
    Integer maxArticlesPerDay,
    Integer loginAttemptsPerAccount,
    Integer loginAttemptsPerAddress,
    Duration loginWindow) {

  public SecuritySettings {
    if (adminPassword != null && adminPassword.isBlank()) {
      adminPassword = null;
    }
    if (adminPasswordFile == null || adminPasswordFile.isBlank()) {
      adminPasswordFile = "admin-password.txt";
    }
    maxQueuedArticles = positive(maxQueuedArticles, 20_000, "max-queued-articles");
    maxArticlesPerDay = positive(maxArticlesPerDay, 50_000, "max-articles-per-day");
    loginAttemptsPerAccount = positive(loginAttemptsPerAccount, 10, "login-attempts-per-account");
    loginAttemptsPerAddress = positive(loginAttemptsPerAddress, 50, "login-attempts-per-address");
    if (loginWindow == null) {
      loginWindow = Duration.ofMinutes(10);
    }
    if (loginWindow.isNegative() || loginWindow.isZero()) {
      throw new IllegalArgumentException("bulkwriter.security.login-window must be positive");
    }
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
