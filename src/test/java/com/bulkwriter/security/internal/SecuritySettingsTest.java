package com.bulkwriter.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

  @Test
  void defaultsAreSaneAndABlankAdminPasswordMeansNone() {
    var settings =
        new SecuritySettings(" ", null, null, null, null, null, null, null, null, null, null);
    assertThat(settings.adminPassword()).isNull();
    assertThat(settings.adminPasswordFile()).isEqualTo("admin-password.txt");
    assertThat(settings.maxQueuedArticles()).isEqualTo(20_000);
    assertThat(settings.maxArticlesPerDay()).isEqualTo(50_000);
    assertThat(settings.loginFreeAttempts()).isEqualTo(5);
    assertThat(settings.loginBackoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.loginBackoffMax()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.publicUrl()).isNull();
    assertThat(settings.https()).isFalse();
    assertThat(settings.loginAttemptsPerAddress()).isEqualTo(50);
    assertThat(settings.loginWindow()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void limitsBelowOneAndAnEmptyWindowAreRefusedAtStart() {
    assertThatThrownBy(
            () ->
                new SecuritySettings(null, null, 0, null, null, null, null, null, null, null, null))
        .hasMessageContaining("max-queued-articles");
    assertThatThrownBy(
            () ->
                new SecuritySettings(
                    null, null, null, null, null, null, null, null, Duration.ZERO, null, null))
        .hasMessageContaining("login-window");
    assertThatThrownBy(
            () ->
                new SecuritySettings(
                    null, null, null, null, null, null, null, null, null, URI.create("/x"), null))
        .hasMessageContaining("public-url");
  }
}
