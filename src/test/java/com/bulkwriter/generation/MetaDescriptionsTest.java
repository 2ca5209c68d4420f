package com.bulkwriter.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaDescriptionsTest {

  @Test
  void shortTextIsKeptWithItsWhitespaceTidied() {
    assertThat(MetaDescriptions.fit("  A short\n description.  "))
        .isEqualTo("A short description.");
    assertThat(MetaDescriptions.fit(null)).isEmpty();
  }

  @Test
  void longTextIsCutAtAWordAndEndsWithAnEllipsis() {
    String text = "Learn about the long keyword, ".repeat(12);
    String meta = MetaDescriptions.fit(text);
    assertThat(meta).hasSizeLessThanOrEqualTo(MetaDescriptions.MAX_LENGTH).endsWith("…");
    String kept = meta.substring(0, meta.length() - 1);
    assertThat(kept).doesNotEndWith(" ").doesNotEndWith(",");
    assertThat(text).startsWith(kept);
    assertThat(text.charAt(kept.length())).isIn(' ', ',');
  }

  @Test
  void aSingleHugeWordIsCutHard() {
    String meta = MetaDescriptions.fit("x".repeat(500));
    assertThat(meta).hasSize(MetaDescriptions.MAX_LENGTH).endsWith("x…");
  }
}
