package com.bulkwriter.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

  @Test
  void keepsPlainNamesAndReplacesEverythingThatCouldForgeOrHideALogLine() {
    assertThat(LogSafe.of("alice.smith@example-1_x")).isEqualTo("alice.smith@example-1_x");
    assertThat(LogSafe.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(LogSafe.of("evil\r\nINFO forged")).isEqualTo("evil??INFO?forged");
    assertThat(LogSafe.of("${jndi:x}")).isEqualTo("??jndi:x?");
    assertThat(LogSafe.of(null)).isEqualTo("(none)");
    assertThat(LogSafe.of("a".repeat(100))).hasSize(65).endsWith("…");
  }
}
